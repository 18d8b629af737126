import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { PanelContext } from '../panel';
import { ArticleList, formatTime } from '../panel/components';
import type { Article } from '../types';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import { type Attachment, attachmentLimits, check, type Refusal, thumbnail } from './attachments';
import type { HandoffKit } from './ContactView';
import { type CaptureSupport, captureSupport } from './capture-support';
import { type ContactMessage, newKey, type Outgoing } from './message';
import { outboxFor } from './outbox-runtime';
import { type ContactSession, contactSession, type Draft, type FormStatus } from './session';

/** Icons only the form draws (24 px stroke paths, like ui/icon-paths.ts), so the main bundle does not carry them. */
const PATHS = {
  clip: 'm21.44 11.05-9.19 9.19a6 6 0 0 1-8.49-8.49l8.57-8.57A4 4 0 1 1 18 8.84l-8.59 8.57a2 2 0 0 1-2.83-2.83l8.49-8.48',
  camera:
    'M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
  record: 'M23 7l-7 5 7 5V7zM14 5H3a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2z',
  file: 'M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6',
};

/** Up to this many articles matching the message, the last chance to self-serve. */
const SUGGESTIONS = 3;
/** Suggestions wait for a pause in typing, and for a message long enough to search. */
const SUGGEST_DELAY_MS = 350;
const SUGGEST_MIN_CHARS = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Default longest screen recording, in seconds. */
export const RECORDING_SECONDS = 60;

/** "4 hours", "30 minutes", "2 days" in the user's language, for `handoff.replyTime` (minutes). */
export function formatReplyTime(minutes: number, locale: string): string {
  const [unit, value] =
    minutes < 60 ? ['minute', minutes] : minutes < 48 * 60 ? ['hour', minutes / 60] : ['day', minutes / 1440];
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
      maximumFractionDigits: 0,
    }).format(Math.max(1, Math.round(value)));
  } catch {
    return `${Math.round(value)} ${unit}s`;
  }
}

/** A size such as "10 MB", in the user's language. */
function formatBytes(bytes: number, locale: string): string {
  const [unit, value] = bytes >= 1024 * 1024 ? ['megabyte', bytes / 1048576] : ['kilobyte', bytes / 1024];
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${value.toFixed(1)} ${unit === 'megabyte' ? 'MB' : 'KB'}`;
  }
}

let nextId = 1;

/** Sends (or queues) the draft with its files; says how it went on the session and in events. */
async function send(rt: Runtime, session: ContactSession, kit: HandoffKit): Promise<void> {
  const draft = session.$draft.get();
  const files = session.$files.get();
  const key = newKey();
  const message: ContactMessage = {
    idempotencyKey: key,
    name: draft.name.trim(),
    email: draft.email.trim(),
    message: draft.message.trim(),
    context: kit.context(rt, draft.query),
    createdAt: new Date().toISOString(),
    attachments: files.map((file) => ({ name: file.name, type: file.type, size: file.blob.size })),
  };
  const item: Outgoing = {
    key,
    endpoint: rt.config.handoff?.endpoint ?? '',
    message,
    files: files.map(({ name, type, blob }) => ({ name, type, blob })),
    attempts: 0,
    queuedAt: Date.now(),
  };
  session.$status.set({ state: 'sending' });
  const writer = session.writer;
  const outcome = await outboxFor(rt, kit.outboxMark).submit(item);
  const email = message.email;
  // Signed out meanwhile (reset): the message still goes, and its events fire, but the form is the next person's.
  const show = (status: FormStatus, forget = false) => {
    if (session.writer !== writer) return;
    if (forget) session.clear();
    session.$status.set(status);
  };
  if (outcome.result === 'sent') {
    show({ state: 'sent', id: key, email }, true);
    rt.emit('contact:sent', { id: key, attachments: files.length, queued: false, attempts: item.attempts });
  } else if (outcome.result === 'later') {
    const offline = navigator.onLine === false;
    show({ state: 'queued', id: key, email, offline }, true);
    rt.emit('contact:queued', { id: key, reason: offline ? 'offline' : 'unreachable' });
  } else if (outcome.result === 'rejected') {
    show({ state: 'editing', problem: 'rejected', status: outcome.status });
    rt.emit('contact:failed', { id: key, reason: 'rejected', status: outcome.status });
  } else {
    show({ state: 'editing', problem: outcome.why });
    rt.emit('contact:failed', { id: key, reason: outcome.why });
  }
}

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="pl-field" data-invalid={error ? '' : undefined}>
      <label for={id}>{label}</label>
      {children}
      {error && (
        <p class="pl-field-error" id={`${id}-error`}>
          <Icon name="alert" size={14} />
          {error}
        </p>
      )}
    </div>
  );
}

/** Articles that match what the user is writing; opening one may answer it before a human has to. */
function Suggestions({
  rt,
  kb,
  store,
  session,
  message,
}: Pick<PanelContext, 'rt' | 'kb' | 'store'> & { session: ContactSession; message: string }) {
  const { t } = useStore(rt.$t);
  const [hits, setHits] = useState<Article[]>([]);
  useEffect(() => {
    if (message.trim().length < SUGGEST_MIN_CHARS) {
      setHits([]);
      return;
    }
    const timer = setTimeout(() => {
      const found = kb.search(message, { limit: SUGGESTIONS });
      setHits(
        found
          .map((hit) => kb.getArticle(hit.id))
          .filter((a): a is Article => !!a)
          .slice(0, SUGGESTIONS),
      );
    }, SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [kb, message]);
  if (hits.length === 0) return null;
  return (
    <div class="pl-contact-suggest">
      <ArticleList
        store={store}
        id="pl-contact-suggest"
        title={t('contact.suggestions')}
        articles={hits}
        onOpen={(article) => {
          session.deflectedTo = article.id;
        }}
      />
    </div>
  );
}

/** The attached files, screenshots and recordings, each with its thumbnail (images) and a Remove button. */
function AttachmentList({ rt, session }: { rt: Runtime; session: ContactSession }) {
  const { t, locale } = useStore(rt.$t);
  const files = useStore(session.$files);
  if (files.length === 0) return null;
  return (
    <ul class="pl-attachments" aria-label={t('contact.attachments')}>
      {files.map((file) => (
        <li key={file.id} class="pl-attachment">
          {file.thumb ? (
            <img src={file.thumb} alt="" class="pl-attachment-thumb" />
          ) : (
            <span class="pl-attachment-thumb" aria-hidden="true">
              <Icon d={file.type.startsWith('video/') ? PATHS.record : PATHS.file} size={20} />
            </span>
          )}
          <span class="pl-attachment-text">
            <span class="pl-attachment-name" dir="auto">
              {file.name}
            </span>
            <span class="pl-attachment-size">{formatBytes(file.blob.size, locale)}</span>
          </span>
          <button
            type="button"
            class="pl-icon-button"
            aria-label={t('contact.remove', { name: file.name })}
            onClick={() => session.$files.set(session.$files.get().filter((f) => f.id !== file.id))}
          >
            <Icon name="close" size={16} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Adds files that fit the limits (thumbnails for images); returns what was refused. */
async function attach(
  rt: Runtime,
  session: ContactSession,
  files: readonly { name: string; type: string; blob: Blob }[],
): Promise<Refusal[]> {
  const limits = attachmentLimits(rt.config.handoff);
  if (!limits) return [];
  const { fits, refused } = check(
    limits,
    session.$files.get().length,
    files.map((f) => ({ name: f.name, type: f.type, size: f.blob.size })),
  );
  const added: Attachment[] = [];
  for (const index of fits) {
    const file = files[index]!;
    added.push({ id: nextId++, ...file, thumb: await thumbnail(file.blob) });
  }
  session.$files.set([...session.$files.get(), ...added]);
  return refused;
}

type Capture =
  | { state: 'idle'; note?: 'denied' | 'blocked' | 'failed' }
  | { state: 'busy' }
  | { state: 'recording'; seconds: number; stop: () => void }
  | { state: 'preview'; blob: Blob; url: string; playable: boolean };

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

/**
 * "Attach files", "Screenshot this page" and "Record your screen": each only on the user's click, the
 * captures through the browser's own prompt (the lazy `capture` chunk). Where the browser or the page's
 * Permissions-Policy cannot capture, one line says so instead of buttons that would fail.
 */
function AttachActions({
  rt,
  session,
  onRefused,
}: {
  rt: Runtime;
  session: ContactSession;
  onRefused: (r: Refusal[]) => void;
}) {
  const { t } = useStore(rt.$t);
  const config = rt.config.handoff;
  const limits = attachmentLimits(config);
  const input = useRef<HTMLInputElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const [capture, setCapture] = useState<Capture>({ state: 'idle' });
  const maxSeconds =
    (config?.recording && typeof config.recording.maxSeconds === 'number' && config.recording.maxSeconds > 0
      ? config.recording.maxSeconds
      : undefined) ?? RECORDING_SECONDS;
  const wantScreenshot = !!limits && config?.screenshot !== false;
  const wantRecording = !!limits && config?.recording !== false;
  const support: CaptureSupport = useMemo(
    () => captureSupport(wantRecording && !wantScreenshot),
    [wantRecording, wantScreenshot],
  );

  // A preview's blob: URL lives as long as the preview.
  useEffect(() => {
    if (capture.state === 'preview') return () => URL.revokeObjectURL(capture.url);
    if (capture.state === 'recording') stopButton.current?.focus();
  }, [capture]);
  // Closing the panel mid-recording ends the recording (and the browser's sharing) rather than leaving it on.
  const live = useRef(capture);
  live.current = capture;
  useEffect(
    () => () => {
      const now = live.current;
      if (now.state === 'recording') now.stop();
    },
    [],
  );

  if (!limits) return null;
  const failed = (error: unknown) => {
    const why = (error as { why?: 'denied' | 'blocked' | 'failed' })?.why ?? 'failed';
    setCapture({ state: 'idle', note: why });
  };
  const shoot = async () => {
    setCapture({ state: 'busy' });
    try {
      const { screenshot } = await rt.loadChunk('capture');
      const app = rt.shadow.querySelector<HTMLElement>('.pl-app');
      const blob = await screenshot(() => {
        app?.setAttribute('data-capturing', '');
        return () => app?.removeAttribute('data-capturing');
      });
      onRefused(await attach(rt, session, [{ name: `screenshot-${stamp()}.png`, type: 'image/png', blob }]));
      setCapture({ state: 'idle' });
    } catch (error) {
      failed(error);
    }
  };
  const startRecording = async () => {
    setCapture({ state: 'busy' });
    try {
      const { record } = await rt.loadChunk('capture');
      const recording = await record(maxSeconds, (seconds) =>
        setCapture((now) => (now.state === 'recording' ? { ...now, seconds } : now)),
      );
      setCapture({ state: 'recording', seconds: 0, stop: recording.stop });
      const blob = await recording.done;
      setCapture({ state: 'preview', blob, url: URL.createObjectURL(blob), playable: true });
    } catch (error) {
      failed(error);
    }
  };
  const canCapture = support === 'ok' && (wantScreenshot || wantRecording);
  const busy = capture.state === 'busy' || capture.state === 'recording';

  return (
    <div class="pl-attach">
      <div class="pl-attach-actions">
        <input
          ref={input}
          type="file"
          multiple
          class="pl-sr-only"
          tabIndex={-1}
          aria-hidden="true"
          accept={limits.types.join(',')}
          onChange={async (event) => {
            const picked = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            onRefused(
              await attach(
                rt,
                session,
                picked.map((file) => ({ name: file.name, type: file.type, blob: file })),
              ),
            );
          }}
        />
        <button type="button" class="pl-attach-chip" onClick={() => input.current?.click()}>
          <Icon d={PATHS.clip} size={16} />
          {t('contact.attach')}
        </button>
        {canCapture && wantScreenshot && (
          <button type="button" class="pl-attach-chip" disabled={busy} onClick={shoot}>
            <Icon d={PATHS.camera} size={16} />
            {t('contact.screenshot')}
          </button>
        )}
        {canCapture && wantRecording && typeof MediaRecorder === 'function' && (
          <button type="button" class="pl-attach-chip" disabled={busy} onClick={startRecording}>
            <Icon d={PATHS.record} size={16} />
            {t('contact.record')}
          </button>
        )}
      </div>
      {(wantScreenshot || wantRecording) && support !== 'ok' && (
        <p class="pl-attach-note">
          {t(support === 'blocked' ? 'contact.captureBlocked' : 'contact.captureUnsupported')}
        </p>
      )}
      {capture.state === 'idle' && capture.note && (
        <p class="pl-attach-note" role="status">
          {t(
            capture.note === 'denied'
              ? 'contact.captureDenied'
              : capture.note === 'blocked'
                ? 'contact.captureBlocked'
                : 'contact.captureFailed',
          )}
        </p>
      )}
      {capture.state === 'recording' && (
        <div class="pl-recording" role="status">
          <span class="pl-recording-dot" aria-hidden="true" />
          <span class="pl-recording-time">
            {t('contact.recording', { time: formatTime(capture.seconds), max: formatTime(maxSeconds) })}
          </span>
          <button ref={stopButton} type="button" class="pl-button pl-button-secondary" onClick={capture.stop}>
            {t('contact.stop')}
          </button>
        </div>
      )}
      {capture.state === 'preview' && (
        <div class="pl-preview">
          {/* biome-ignore lint/a11y/useMediaCaption: a silent screen recording the user just made. */}
          <video
            src={capture.url}
            controls
            playsInline
            aria-label={t('contact.preview')}
            onError={() => setCapture({ ...capture, playable: false })}
          />
          {!capture.playable && <p class="pl-attach-note">{t('contact.noPreview')}</p>}
          <div class="pl-button-row">
            <button
              type="button"
              class="pl-button"
              onClick={async () => {
                const type = capture.blob.type || 'video/webm';
                const name = `screen-recording-${stamp()}.${type.includes('mp4') ? 'mp4' : 'webm'}`;
                setCapture({ state: 'idle' });
                onRefused(await attach(rt, session, [{ name, type, blob: capture.blob }]));
              }}
            >
              {t('contact.attachRecording')}
            </button>
            <button
              type="button"
              class="pl-button pl-button-secondary"
              onClick={() => setCapture({ state: 'idle' })}
            >
              {t('contact.discard')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** What went wrong with the last attempt, and the way out: try again, or e-mail (the last resort). */
function Problem({
  rt,
  session,
  draft,
  kit,
}: {
  rt: Runtime;
  session: ContactSession;
  draft: Draft;
  kit: HandoffKit;
}) {
  const { t } = useStore(rt.$t);
  const status = useStore(session.$status);
  if (status.state !== 'editing' || !status.problem) return null;
  const email = rt.config.handoff?.email;
  const mailto = email && kit.mailto(rt, `mailto:${email}`, kit.context(rt, draft.query), draft.message);
  const text =
    status.problem === 'rejected'
      ? t('contact.rejected', { status: String(status.status ?? '') })
      : t(status.problem === 'full' ? 'contact.lostFull' : 'contact.lostStorage');
  return (
    <div class="pl-contact-problem" role="alert">
      <Icon name="alert" size={18} />
      <div>
        <p>{text}</p>
        {mailto && (
          <a href={mailto} target="_blank" rel="noopener noreferrer">
            {t('contact.emailInstead')}
          </a>
        )}
      </div>
    </div>
  );
}

/** After sending or queueing: what happened, who hears back, and how soon. Focus lands on the heading. */
function Done({
  rt,
  session,
  replyTime,
  store,
}: Pick<PanelContext, 'rt' | 'store'> & { session: ContactSession; replyTime?: string }) {
  const { t } = useStore(rt.$t);
  const status = useStore(session.$status);
  const heading = useRef<HTMLHeadingElement>(null);
  const sent = status.state === 'sent';
  useEffect(() => heading.current?.focus({ preventScroll: true }), [sent]);
  if (status.state !== 'sent' && status.state !== 'queued') return null;
  return (
    <div class="pl-contact-done" data-state={status.state}>
      <span class="pl-empty-icon">
        <Icon name={sent ? 'check' : 'mail'} size={24} />
      </span>
      <h3 class="pl-mail-title" ref={heading} tabIndex={-1} data-autofocus="">
        {t(sent ? 'contact.sentTitle' : 'contact.queuedTitle')}
      </h3>
      <p role="status">
        {sent
          ? t('contact.sentBody', { email: status.email })
          : t(status.offline ? 'contact.queuedOffline' : 'contact.queuedUnreachable')}
      </p>
      {replyTime && <p class="pl-contact-reply">{replyTime}</p>}
      <div class="pl-button-row pl-center">
        <button type="button" class="pl-button" onClick={() => store.open('home')}>
          {t('contact.backToHelp')}
        </button>
        <button
          type="button"
          class="pl-button pl-button-secondary"
          onClick={() => session.$status.set({ state: 'editing' })}
        >
          {t('contact.newMessage')}
        </button>
      </div>
    </div>
  );
}

/**
 * The built-in contact form: name and email (from `identify` traits), the message with up to three matching
 * articles, attachments, screenshot and screen recording on the user's action; sent to `handoff.endpoint`
 * through the outbox (queued when offline or the endpoint fails, sent exactly once later). `replyTime` is the
 * line that promises an answer (from `handoff.replyTime` unless the caller knows better, e.g. office hours).
 */
export function ContactForm({
  rt,
  store,
  kb,
  kit,
  replyTime,
}: PanelContext & { kit: HandoffKit; replyTime?: string }) {
  const { t, locale } = useStore(rt.$t);
  const session = contactSession(rt, store);
  const draft = useStore(session.$draft);
  const status = useStore(session.$status);
  const [errors, setErrors] = useState<{ email?: boolean; message?: boolean }>({});
  const [refused, setRefused] = useState<Refusal[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const minutes = rt.config.handoff?.replyTime;
  const reply =
    replyTime ??
    (typeof minutes === 'number' && minutes > 0
      ? t('contact.replyTime', { time: formatReplyTime(minutes, locale) })
      : undefined);

  // Arriving from a hand-off: the search the user gave up on goes with the message.
  useEffect(() => {
    const query = store.$panel.get().query.trim();
    if (query && !session.$draft.get().query) session.$draft.set({ ...session.$draft.get(), query });
  }, []);

  if (status.state === 'sent' || status.state === 'queued')
    return <Done rt={rt} session={session} replyTime={reply} store={store} />;

  const update = (patch: Partial<Draft>) => session.$draft.set({ ...session.$draft.get(), ...patch });
  const sending = status.state === 'sending';
  const limits = attachmentLimits(rt.config.handoff);
  const refusal = (r: Refusal) =>
    r.why === 'count'
      ? t('contact.tooMany', { count: limits?.maxFiles ?? 0 })
      : r.why === 'size'
        ? t('contact.tooLarge', { name: r.name, size: formatBytes(limits?.maxBytes ?? 0, locale) })
        : t('contact.badType', { name: r.name });

  return (
    <form
      ref={form}
      class="pl-contact"
      noValidate
      aria-busy={sending ? 'true' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (sending) return;
        const found = { email: !EMAIL.test(draft.email.trim()), message: !draft.message.trim() };
        setErrors(found);
        if (found.email || found.message) {
          form.current
            ?.querySelector<HTMLElement>(found.email ? '#pl-contact-email' : '#pl-contact-message')
            ?.focus();
          return;
        }
        setRefused([]);
        void send(rt, session, kit);
      }}
    >
      <p class="pl-contact-intro">{t('contact.intro')}</p>
      <Field id="pl-contact-name" label={t('contact.name')}>
        <input
          id="pl-contact-name"
          class="pl-input"
          autoComplete="name"
          dir="auto"
          value={draft.name}
          onInput={(e) => update({ name: e.currentTarget.value })}
        />
      </Field>
      <Field
        id="pl-contact-email"
        label={t('contact.email')}
        error={errors.email ? t('contact.invalidEmail') : undefined}
      >
        <input
          id="pl-contact-email"
          class="pl-input"
          type="email"
          autoComplete="email"
          dir="ltr"
          required
          aria-invalid={errors.email ? 'true' : undefined}
          aria-describedby={errors.email ? 'pl-contact-email-error' : undefined}
          value={draft.email}
          onInput={(e) => update({ email: e.currentTarget.value })}
        />
      </Field>
      <Field
        id="pl-contact-message"
        label={t('contact.message')}
        error={errors.message ? t('contact.messageRequired') : undefined}
      >
        <textarea
          id="pl-contact-message"
          class="pl-input"
          rows={5}
          dir="auto"
          required
          data-autofocus=""
          aria-invalid={errors.message ? 'true' : undefined}
          aria-describedby={errors.message ? 'pl-contact-message-error' : undefined}
          value={draft.message}
          onInput={(e) => update({ message: e.currentTarget.value })}
        />
      </Field>
      <Suggestions rt={rt} kb={kb} store={store} session={session} message={draft.message} />
      <AttachActions rt={rt} session={session} onRefused={setRefused} />
      <AttachmentList rt={rt} session={session} />
      {refused.length > 0 && (
        <ul class="pl-attach-errors" role="alert">
          {refused.map((r) => (
            <li key={r.why + ('name' in r ? r.name : '')}>{refusal(r)}</li>
          ))}
        </ul>
      )}
      <Problem rt={rt} session={session} draft={draft} kit={kit} />
      <button type="submit" class="pl-button pl-contact-send" disabled={sending}>
        {t(
          sending
            ? 'contact.sending'
            : status.state === 'editing' && status.problem
              ? 'contact.tryAgain'
              : 'contact.send',
        )}
      </button>
      {reply && <p class="pl-contact-reply">{reply}</p>}
    </form>
  );
}
