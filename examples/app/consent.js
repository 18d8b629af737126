/**
 * Ledgerly's own consent banner (Pathlight has none: the host decides how to ask). Pathlight runs with
 * `analytics.requireConsent`, so it sends nothing until the visitor accepts here; the answer goes to
 * `Pathlight('consent', …)`, which remembers it, and the banner does not come back once answered.
 */
import { pathlight, toast } from './ui.js';

const ANSWERED = 'ledgerly:analytics-consent';

function answered() {
  try {
    return localStorage.getItem(ANSWERED) !== null;
  } catch {
    return false;
  }
}

/** Shows the banner until the visitor answers; returns its teardown. */
export function mountConsent() {
  const banner = document.getElementById('consent');
  const accept = document.getElementById('consent-accept');
  const decline = document.getElementById('consent-decline');
  if (!banner || answered()) return () => {};
  banner.hidden = false;

  const answer = (granted) => () => {
    pathlight('consent', granted);
    try {
      localStorage.setItem(ANSWERED, String(granted));
    } catch {
      // Storage blocked: Pathlight keeps the answer in memory, and the banner asks again next time.
    }
    banner.hidden = true;
    toast(
      granted
        ? 'Thanks! Help-center events now go to analytics (see the Event log).'
        : 'No analytics: nothing is sent.',
      'info',
    );
  };
  const onAccept = answer(true);
  const onDecline = answer(false);
  accept.addEventListener('click', onAccept);
  decline.addEventListener('click', onDecline);
  return () => {
    accept.removeEventListener('click', onAccept);
    decline.removeEventListener('click', onDecline);
  };
}
