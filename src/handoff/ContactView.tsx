import type { WritableAtom } from 'nanostores';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Chunks } from '../core/chunks';
import { type PanelContext, panelChunk, type SectionProps } from '../panel';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import {
  buildHandoffContext,
  handoffSummary,
  handoffTarget,
  mailTo,
  OUTBOX_MARK,
  startHandoff,
} from './context';

/** The `mailto:` this panel just opened, while the contact view says so; one per instance. */
export type MailState = WritableAtom<string | undefined>;

/** What the hand-off's components get besides the panel's context. */
export interface HandoffProps extends Pick<PanelContext, 'rt' | 'store'> {
  mail: MailState;
}

/**
 * What the `handoff` chunk's parts get from the app rather than importing it (which would split these out of the
 * main bundle): the one context builder and the one summary, for the chat, the video call and the form alike, and
 * the form's e-mail fallback and outbox mark.
 */
export interface HandoffKit {
  context: typeof buildHandoffContext;
  summary: typeof handoffSummary;
  /** The e-mail with the user's own text, when the form's endpoint refuses a message. */
  mailto: typeof mailTo;
  /** The localStorage key where the outbox keeps its count (setupHandoff resumes on it). */
  outboxMark: string;
}
const kit: HandoffKit = {
  context: buildHandoffContext,
  summary: handoffSummary,
  mailto: mailTo,
  outboxMark: OUTBOX_MARK,
};

const handoffChunk = panelChunk('handoff', (chunk) => chunk.handoffCss + chunk.chatCss, 'the contact view');

/**
 * A part of the lazy `handoff` chunk, drawn once the chunk is there (nothing before) with `extra` props and the
 * kit; `failed` runs when the chunk cannot load.
 */
export function fromChunk<P extends HandoffProps, E = unknown>(
  pick: (chunk: Chunks['handoff']) => ComponentType<P & E & { kit: HandoffKit }>,
  extra: (props: P) => E = () => ({}) as E,
  failed?: (props: P) => void,
) {
  return (props: P) => {
    const { rt } = props;
    const [Part, setPart] = useState(() => {
      const chunk = handoffChunk.now(rt);
      return chunk && pick(chunk);
    });
    // Loaded once per instance; a failure hands back the props it has then.
    useEffect(() => {
      if (!Part)
        handoffChunk.load(rt).then(
          (chunk) => setPart(() => pick(chunk)),
          () => failed?.(props),
        );
    }, [rt, Part]);
    return Part ? <Part {...props} {...extra(props)} kit={kit} /> : null;
  };
}

/** Office hours and "Book a video call", where the host configured them. */
const LazyExtras = fromChunk<HandoffProps>((chunk) => chunk.CardExtras);
const CardExtras = (props: HandoffProps) =>
  props.rt.config.handoff?.hours || props.rt.config.handoff?.videoCall ? <LazyExtras {...props} /> : null;

/**
 * The one button that reaches a human, carrying the text in the search field. An e-mail hand-off then shows
 * the contact view, which says what happened (the mail app may not open at all).
 */
function ContactButton({
  rt,
  store,
  mail,
  secondary = false,
  autofocus = false,
  before,
}: HandoffProps & { secondary?: boolean; autofocus?: boolean; before?: () => void }) {
  const { t } = useStore(rt.$t);
  return (
    <button
      type="button"
      class={secondary ? 'pl-button pl-button-secondary' : 'pl-button'}
      data-autofocus={autofocus ? '' : undefined}
      onClick={() => {
        before?.();
        // In the contact view the chat has given way already (or the user chose to write): not back to it.
        const options = { chat: store.$panel.get().view !== 'contact' };
        if (handoffTarget(rt.config.handoff, options)?.kind === 'chat') return store.open('chat');
        const next = startHandoff(rt, store.$panel.get().query, options);
        if (next) {
          mail.set(next.mailto);
          store.open('contact');
        }
      }}
    >
      <Icon name="chat" size={18} />
      {t('handoff.contact')}
    </button>
  );
}

/**
 * "Still need help?" with the one way to reach a human that the host configured; hidden when none is, and
 * while help is unavailable (the contact button then sits beside "Try again").
 */
export function HandoffCard(props: HandoffProps & Pick<PanelContext, 'kb'> & { autofocus?: boolean }) {
  const { t } = useStore(props.rt.$t);
  const status = useStore(props.kb.$status);
  if (!handoffTarget(props.rt.config.handoff) || status === 'error') return null;
  return (
    <div class="pl-card">
      <h3 class="pl-card-title">{t('handoff.stillNeedHelp')}</h3>
      <p>{t('contact.intro')}</p>
      <ContactButton {...props} />
      <CardExtras {...props} />
    </div>
  );
}

/** In "No articles match": the query counts as searched (and failed) before the human hears of it. */
export function NoResultsContact(props: SectionProps & HandoffProps) {
  if (!handoffTarget(props.rt.config.handoff)) return null;
  return (
    <div class="pl-button-row pl-center">
      <ContactButton {...props} before={props.settleSearch} />
    </div>
  );
}

/** Beside "Try again" when help is unavailable. */
export function UnavailableContact(props: SectionProps & HandoffProps) {
  if (!handoffTarget(props.rt.config.handoff)) return null;
  return <ContactButton {...props} secondary />;
}

/**
 * The contact view, from the lazy `handoff` chunk: what an e-mail hand-off just did, the contact form, the card, or
 * why there is no way to reach a human. The chunk gets the card and whether there is a way, rather than importing them.
 */
export const ContactView = fromChunk<
  PanelContext & HandoffProps,
  { Card: typeof HandoffCard; reachable: boolean; form: boolean }
>(
  (chunk) => chunk.ContactView,
  ({ rt }) => {
    const target = handoffTarget(rt.config.handoff)?.kind;
    // The form where there is an endpoint, also where a chat gave way to it; a host's own hook wins.
    return {
      Card: HandoffCard,
      reachable: !!target,
      form: !!rt.config.handoff?.endpoint && target !== 'hook',
    };
  },
);
