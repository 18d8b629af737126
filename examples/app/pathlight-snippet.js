/*
 * Pathlight's async snippet, as a file: this page runs under a strict CSP (`script-src 'self'`), so
 * the inline <script> from the README lives here instead. Load it before
 * <script async src="/pathlight.global.js">. Calls made before the bundle arrives are queued and
 * replayed by it, in order.
 */
(() => {
  // The stub stores the real `arguments` objects, exactly as the README's inline snippet does.
  if (!window.Pathlight) {
    window.Pathlight = function () {
      window.Pathlight.q = window.Pathlight.q || [];
      // biome-ignore lint/complexity/noArguments: the queue format of the documented snippet.
      window.Pathlight.q.push(arguments);
    };
  }

  const DAY = 24 * 60 * 60 * 1000;
  let savedLocale = null;
  try {
    savedLocale = localStorage.getItem('ledgerly:language');
  } catch {
    // Storage blocked: the widget negotiates the language itself.
  }

  // A visit is one browser tab's session; from the second one on the user is a returning user, which the
  // NPS survey's rule reads from the `visits` trait (examples/feeds/guides.json).
  let visits = 1;
  try {
    const counted = sessionStorage.getItem('ledgerly:visit-counted') === '1';
    visits = Number(localStorage.getItem('ledgerly:visits') || 0) + (counted ? 0 : 1);
    if (!counted) {
      localStorage.setItem('ledgerly:visits', String(visits));
      sessionStorage.setItem('ledgerly:visit-counted', '1');
    }
  } catch {
    // Storage blocked: every visit is a first one.
  }

  /**
   * How a user reaches a human: the contact form, which posts to the local endpoint `npm start` serves (it prints
   * each message, and the Event log drawer shows what it received; e-mail stays the last resort), or the team's
   * live chat (Settings → Preferences → "Support chat": a Crisp-like demo chat, examples/app/fake-chat.js) with
   * the form when the chat does not come; office hours (Settings → "Team availability" puts the team away today,
   * a holiday); and a video call on a stand-in scheduling page.
   */
  function handoff() {
    const read = (key) => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    };
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const away = read('ledgerly:hours') === 'away';
    // Away: Monday to Friday 9 to 5 in Warsaw, and today is a holiday there.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
    const hours = away
      ? {
          timezone: 'Europe/Warsaw',
          weekly: Object.fromEntries(days.slice(0, 5).map((day) => [day, [['09:00', '17:00']]])),
          holidays: [today],
        }
      : {
          timezone: 'Europe/Warsaw',
          weekly: Object.fromEntries(days.map((day) => [day, [['00:00', '24:00']]])),
        };
    return {
      endpoint: '/api/contact',
      email: 'support@ledgerly.example',
      replyTime: 240,
      ...(read('ledgerly:chat') === 'demo'
        ? { provider: 'crisp', fields: { summary: 'pathlight_summary', failedQueries: 'failed_searches' } }
        : {}),
      hours,
      videoCall: { url: '/app/book.html', noteParam: 'notes' },
      traits: ['plan'],
    };
  }

  const config = {
    feed: {
      en: '/feeds/kb.en.json',
      pl: '/feeds/kb.pl.json',
      ru: '/feeds/kb.ru.json',
      lt: '/feeds/kb.lt.json',
      vi: '/feeds/kb.vi.json',
      ro: '/feeds/kb.ro.json',
    },
    content: '/feeds/guides.json',
    user: {
      id: 'demo-user',
      traits: {
        plan: 'pro',
        signedUpAt: new Date(Date.now() - 7 * DAY).toISOString(),
        role: 'admin',
        visits,
      },
    },
    handoff: handoff(),
    // Ledgerly has its own dark mode (the switch in Settings, saved and applied by theme.js as
    // <html data-theme="dark">): the panel follows it rather than the system's setting.
    theme: { brandColor: '#4f46e5', colorScheme: { followHost: '[data-theme="dark"]' } },
    panel: { title: 'Ledgerly Help', logo: '/app/favicon.svg' },
    // Shorter than the 30 s default so a demo visitor who closes the welcome announcement still
    // meets the Reports hotspot straight away.
    quietPeriodMs: 3000,
    // At most one survey a minute per user, so a demo visitor meets both the tour's CSAT and the NPS on a
    // second visit; a real product keeps the 30-day default.
    surveys: { minDaysBetween: 1 / 1440 },
    // Analytics go to the stand-in PostHog (fake-posthog.js, which writes to the Event log), and only after
    // the visitor accepts in Ledgerly's own consent banner (consent.js calls Pathlight('consent', …)).
    analytics: { forward: ['posthog'], requireConsent: true, traits: ['plan'] },
  };
  if (savedLocale) config.locale = savedLocale;

  // Every event goes to the app's "Event log" drawer. Listeners are queued *before* `init` so that
  // `ready` and anything emitted while starting are caught. The drawer's script may load after the
  // widget, so events are buffered here and announced with a DOM event.
  const EVENTS = [
    'ready',
    'open',
    'close',
    'search',
    'article:view',
    'article:feedback',
    'video:progress',
    'tour:start',
    'tour:step',
    'tour:complete',
    'tour:dismiss',
    'tip:show',
    'tip:click',
    'tip:dismiss',
    'announcement:show',
    'announcement:dismiss',
    'announcement:click',
    'checklist:item',
    'checklist:complete',
    'checklist:dismiss',
    'survey:show',
    'survey:answer',
    'survey:dismiss',
    'handoff',
    'handoff:video-call',
    'contact:sent',
    'contact:queued',
    'contact:failed',
    'handoff:deflected',
    'track',
    'route',
    'error',
  ];
  const currentLocale = () => {
    try {
      return localStorage.getItem('ledgerly:language') || navigator.language.slice(0, 2);
    } catch {
      return navigator.language.slice(0, 2);
    }
  };
  const log = [];
  window.ledgerlyPathlightLog = log;
  /** Adds a row to the Event log: a widget event, or (`kind` 'forwarded') what an analytics tool received. */
  window.ledgerlyLog = (name, payload, kind = 'event') => {
    // Where and in which language it happened, as the analytics pipeline's records carry it (the Insights page).
    const entry = { name, payload, kind, time: new Date(), path: location.pathname, locale: currentLocale() };
    log.push(entry);
    if (log.length > 200) log.shift();
    window.dispatchEvent(new CustomEvent('ledgerly:pathlight-event', { detail: entry }));
  };
  EVENTS.forEach((name) => {
    window.Pathlight('on', name, (payload) => window.ledgerlyLog(name, payload));
  });

  window.Pathlight('init', config);
})();
