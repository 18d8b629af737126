import { useEffect, useState } from 'preact/hooks';
import type { HandoffContext, VideoCallConfig } from '../../types';
import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import type { HandoffKit, HandoffProps } from '../ContactView';
import { hoursText, officeStatus } from '../hours';
import { handoffConfig } from './check-config';

/** A video camera, 24 px stroke (the icon set has none). */
const VIDEO_ICON = 'M15 10l5-3v10l-5-3zM3 7h12v10H3z';
/** Cal.com and Calendly links take a prefilled note; other tools name theirs with `noteParam`. */
const NOTE_PARAMS: [RegExp, string][] = [
  [/(^|\.)cal\.com$/, 'notes'],
  [/(^|\.)calendly\.com$/, 'a1'],
];
/** Scheduling pages are opened by URL: keep the note well inside what a URL carries. */
const NOTE_MAX = 1500;

/** The status follows the clock: redrawn every minute. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The scheduling page with the summary as its prefilled note: Cal.com's `notes`, its default "Additional notes"
 * booking field (query parameters prefill the booking fields of that slug:
 * https://cal.com/help/embedding/embed-auto-forward-query-params, https://cal.com/docs/atoms/guides/booking-fields), Calendly's
 * `a1`, the answer to the first invitee question (https://help.calendly.com/hc/en-us/articles/226766767), or
 * `noteParam`. Returns undefined for anything but an http(s) page.
 * @example videoCallUrl({ url: 'https://cal.com/acme/support' }, 'Searched for: refund') // 'https://cal.com/acme/support?notes=Searched+for%3A+refund'
 */
export function videoCallUrl(config: VideoCallConfig, note: string): string | undefined {
  let url: URL;
  try {
    url = new URL(config.url, location.href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const param = config.noteParam ?? NOTE_PARAMS.find(([host]) => host.test(url.hostname))?.[1];
  if (param && note) url.searchParams.set(param, note.slice(0, NOTE_MAX));
  return url.href;
}

/**
 * Below "Contact us" on the hand-off card: "Book a video call" (the team's scheduling page in a new tab, the
 * context as its note; within office hours only unless `when: 'always'`; emits `handoff:video-call`), and
 * "We're online" (a green dot) or "We're away, back at 09:00 your time (in 14 h)" in the user's timezone.
 */
export function CardExtras({ rt, store, kit }: HandoffProps & { kit: HandoffKit }) {
  const { t, locale } = useStore(rt.$t);
  const now = useNow();
  const { videoCall, hours } = handoffConfig(rt);
  const status = hours && officeStatus(hours, now);
  const book = (call: VideoCallConfig) => {
    const context: HandoffContext = kit.context(rt, store.$panel.get().query);
    const url = videoCallUrl(call, kit.summary(context, rt.$t.get().t));
    if (!url) return;
    rt.emit('handoff:video-call', { url, context });
    window.open(url, '_blank', 'noopener,noreferrer');
  };
  return (
    <>
      {videoCall && (videoCall.when === 'always' || !status || status.open) && (
        <button
          type="button"
          class="pl-button pl-button-secondary pl-video-call"
          onClick={() => book(videoCall)}
        >
          <Icon d={VIDEO_ICON} size={18} />
          {t('videoCall.book')}
        </button>
      )}
      {status && (
        <p class="pl-hours" data-open={status.open ? '' : undefined}>
          <span class="pl-hours-dot" aria-hidden="true" />
          {hoursText(status, now, t, { locale })}
        </p>
      )}
    </>
  );
}
