import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { PanelContext } from '../panel';
import { focusAutofocus } from '../ui/host';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import { ContactForm } from './ContactForm';
import type { HandoffKit, HandoffProps } from './ContactView';

/** How long Copy says "Copied". */
const COPIED_MS = 2500;
/** Names the address for the Copy button (ids are the shadow root's own: one per instance). */
const ADDRESS_ID = 'pl-mail-address';

/** Puts text on the clipboard; where the Clipboard API is missing or refused, the selection and `copy`. */
async function copyText(text: string, node: Node | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (node) getSelection()?.selectAllChildren(node);
    // Deprecated, but the one way left to copy (the text stays selected either way, for Ctrl+C).
    return document.execCommand?.('copy') ?? false;
  }
}

/**
 * After an e-mail hand-off: the mail app should open, and if there is none, the address to write to (a link
 * that tries again, and Copy). Focus lands on the heading, so a screen reader says what happened; "Copied"
 * is announced politely.
 */
function MailSent({ rt, href }: { rt: Runtime; href: string }) {
  const { t } = useStore(rt.$t);
  const address = decodeURIComponent(href.slice('mailto:'.length).split('?')[0] ?? '');
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const link = useRef<HTMLAnchorElement>(null);

  // Mounted by the click on "Contact us", whose button is gone now.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <div class="pl-mail">
      <span class="pl-empty-icon">
        <Icon name="mail" size={24} />
      </span>
      <h3 class="pl-mail-title" ref={heading} tabIndex={-1} data-autofocus="">
        {t('handoff.mailOpened')}
      </h3>
      <p>{t('handoff.noMailApp')}</p>
      <div class="pl-mail-address">
        <a ref={link} id={ADDRESS_ID} href={href}>
          {address}
        </a>
        <button
          type="button"
          class="pl-button pl-button-secondary"
          aria-describedby={ADDRESS_ID}
          data-copied={copied ? '' : undefined}
          onClick={() => copyText(address, link.current).then(setCopied)}
        >
          {copied && <Icon name="check" size={16} />}
          {t(copied ? 'handoff.copied' : 'handoff.copy')}
        </button>
      </div>
      <span class="pl-sr-only" aria-live="polite">
        {copied ? t('handoff.copied') : ''}
      </span>
    </div>
  );
}

/**
 * The contact view (`open('contact')`, and where an e-mail hand-off goes): what that hand-off did, the contact
 * form when there is an endpoint, else the card with focus on its button, or why there is no way to reach a human. Leaving it forgets the e-mail, so
 * opening it later offers the card again.
 */
export function ContactView({
  Card,
  reachable,
  form,
  kit,
  ...props
}: PanelContext &
  HandoffProps & {
    Card: ComponentType<PanelContext & HandoffProps & { autofocus: boolean }>;
    reachable: boolean;
    /** Whether the contact form is the way (`handoff.endpoint`). */
    form: boolean;
    kit: HandoffKit;
  }) {
  const { rt, mail } = props;
  const { t } = useStore(rt.$t);
  const href = useStore(mail);
  useEffect(() => () => mail.set(undefined), [mail]);
  // This view arrived after the panel took focus: hand it to the card's button.
  useEffect(() => focusAutofocus(rt.shadow), [rt]);
  if (!reachable) {
    return (
      <div class="pl-empty" role="status">
        <strong>{t('contact.unavailable')}</strong>
      </div>
    );
  }
  if (href) return <MailSent rt={rt} href={href} />;
  return form ? <ContactForm {...props} kit={kit} /> : <Card {...props} autofocus />;
}
