import { atom, type WritableAtom } from 'nanostores';
import type { Runtime } from '../core/context';
import type { PanelStore } from '../panel';
import type { Attachment } from './attachments';

/**
 * The text of a message being written: in localStorage under the writer's own scope (`rt.user`), so a reload or
 * closing the panel keeps it, and `reset()` (signing out) forgets it with the rest of the user's state.
 */
export interface Draft {
  name: string;
  email: string;
  message: string;
  /** The search text when the user asked for a human: the context carries it. */
  query: string;
}

/** Where the form stands: writing, sending, or how the last message ended. */
export type FormStatus =
  | { state: 'editing'; problem?: 'rejected' | 'full' | 'storage'; status?: number }
  | { state: 'sending' }
  | { state: 'sent'; id: string; email: string }
  | { state: 'queued'; id: string; email: string; offline: boolean };

export const DRAFT_KEY = 'contact:draft';
const SAVE_DELAY_MS = 300;

/** One instance's contact form, outliving the view (closing the panel keeps attachments in memory). */
export interface ContactSession {
  $draft: WritableAtom<Draft>;
  $files: WritableAtom<Attachment[]>;
  $status: WritableAtom<FormStatus>;
  /** A suggested article the user opened from the form: leaving without sending then counts as deflected. */
  deflectedTo?: string;
  /** Counts the changes of writer (signing out, another user): a send that began before one says nothing after. */
  writer: number;
  /** Forgets the draft and the attachments (after sending or queueing). */
  clear(): void;
}

const blankDraft = (): Draft => ({ name: '', email: '', message: '', query: '' });

/** `draft` with the name and email it lacks from the current user's `identify` traits. */
function withTraits(rt: Runtime, draft: Draft): Draft {
  const { traits } = rt.user.$user.get();
  const trait = (name: string) => (typeof traits[name] === 'string' ? (traits[name] as string) : '');
  return { ...draft, name: draft.name || trait('name'), email: draft.email || trait('email') };
}

/** The draft the current user left, or a blank one. */
const savedDraft = (rt: Runtime): Draft => ({ ...blankDraft(), ...rt.user.get<Partial<Draft>>(DRAFT_KEY) });

// One session per runtime (keyed by the instance: two instances never share one); it goes with its instance.
const sessions = new WeakMap<Runtime, ContactSession>();

/**
 * The instance's contact session, made on first use: the draft restored from storage (name and email from
 * `identify` traits when the draft has none), saved as it changes; `handoff:deflected` when the panel closes
 * after the user opened a suggested article and did not send.
 */
export function contactSession(rt: Runtime, store: PanelStore): ContactSession {
  const known = sessions.get(rt);
  if (known) return known;
  const session: ContactSession = {
    $draft: atom(withTraits(rt, savedDraft(rt))),
    $files: atom<Attachment[]>([]),
    $status: atom<FormStatus>({ state: 'editing' }),
    writer: 0,
    clear() {
      const { name, email } = session.$draft.get();
      // Name and email stay for the next message; the text and the files go.
      session.$draft.set({ ...blankDraft(), name, email });
      rt.user.remove(DRAFT_KEY);
      session.$files.set([]);
      session.deflectedTo = undefined;
    },
  };
  sessions.set(rt, session);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const current = session.$draft.get();
    // A draft emptied again is forgotten, not kept as it was before.
    if (current.message.trim() || current.query) rt.user.set(DRAFT_KEY, current);
    else rt.user.remove(DRAFT_KEY);
  };
  const stopSaving = session.$draft.listen(() => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });

  // The draft is its writer's. Signing in keeps what the anonymous visitor wrote (identify carried it into the
  // user's scope); signing out (`reset()`, whose scope is gone by now) or another user signing in puts that
  // person's own draft in the form, and nothing of the last one (text, files, "sent to maya@…") stays in memory.
  let writer = rt.user.$user.get().id;
  const stopUser = rt.user.$user.listen(({ id }) => {
    const kept = id !== undefined && (writer === undefined || writer === id);
    writer = id;
    if (!kept) {
      session.writer += 1;
      session.$files.set([]);
      session.$status.set({ state: 'editing' });
      session.deflectedTo = undefined;
    }
    // Set at once, so a save still pending for the last writer saves this draft instead, in this scope.
    session.$draft.set(withTraits(rt, kept ? session.$draft.get() : savedDraft(rt)));
  });

  const deflected = () => {
    const articleId = session.deflectedTo;
    if (!articleId) return;
    session.deflectedTo = undefined;
    rt.emit('handoff:deflected', { articleId });
  };
  // A queued message that went out in the background, also while the form was closed: the form says so.
  const stopSent = rt.on('contact:sent', ({ id }) => {
    const now = session.$status.get();
    if (now.state === 'queued' && now.id === id) session.$status.set({ state: 'sent', id, email: now.email });
  });
  const stopWatching = store.$panel.listen((state) => {
    if (!state.open) deflected();
  });
  // Leaving the page: the last keystrokes are saved now, not after the delay.
  const leave = () => {
    if (timer) {
      clearTimeout(timer);
      save();
    }
    deflected();
  };
  addEventListener('pagehide', leave);

  rt.onDestroy(() => {
    if (timer) {
      clearTimeout(timer);
      save();
    }
    stopSaving();
    stopUser();
    stopSent();
    stopWatching();
    removeEventListener('pagehide', leave);
    sessions.delete(rt);
  });
  return session;
}
