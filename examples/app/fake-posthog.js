/*
 * A stand-in for PostHog's browser snippet: the same global, `window.posthog.capture(event, properties)`,
 * that logs each call in Ledgerly's Event log instead of sending it anywhere. Pathlight's
 * `analytics.forward: ['posthog']` calls it, once the visitor accepted analytics in the consent banner.
 * A real page loads PostHog's own snippet here instead (https://posthog.com/docs/libraries/js).
 */
(() => {
  if (window.posthog) return;
  window.posthog = {
    capture(event, properties) {
      window.ledgerlyLog?.('posthog.capture', { event, properties }, 'forwarded');
    },
  };
})();
