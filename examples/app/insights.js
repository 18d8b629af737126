/**
 * The "Insights" page: the insights report (the same tally and renderer as `npx pathlight insights`, from
 * dist/insights.js) over this tab's own Pathlight events (window.ledgerlyPathlightLog, the event log's buffer),
 * redrawn as events arrive. The report lives in a shadow root with its stylesheet adopted, so the page's strict CSP
 * (no inline styles) and the app's CSS leave it alone.
 */
import { html, icon } from './ui.js';

/** This tab's session id, as the widget's analytics would send it (one per tab). */
function sessionId() {
  try {
    let id = sessionStorage.getItem('ledgerly:insights-session');
    if (!id) {
      id = `demo-${Math.random().toString(36).slice(2, 10)}`;
      sessionStorage.setItem('ledgerly:insights-session', id);
    }
    return id;
  } catch {
    return 'demo';
  }
}

/** The event log's entries as the analytics pipeline's records. */
export function logRecords(log = window.ledgerlyPathlightLog ?? []) {
  const session = sessionId();
  // Rows of what a forwarded analytics tool received are the Event log's too: only the widget's own events count.
  return log
    .filter((entry) => entry.kind !== 'forwarded')
    .map((entry, i) => ({
      id: `demo-${i}`,
      name: entry.name,
      ts: entry.time.getTime(),
      sessionId: session,
      anonymousId: session,
      locale: entry.locale ?? 'en',
      path: entry.path ?? '/',
      props: entry.payload ?? {},
    }));
}

export const insightsPage = {
  title: 'Insights',
  nav: '/insights',
  render() {
    return html`
      <div class="page-head">
        <div class="page-head-text">
          <p class="eyebrow">Pathlight</p>
          <h1 class="page-title" tabindex="-1">Insights</h1>
          <p class="page-lead">What to write or fix next, from this tab's own help events: search, read an article, start the tour, then come back.</p>
        </div>
        <div class="page-actions">
          <button class="button button-secondary" type="button" id="insights-refresh">Refresh</button>
          <button class="button button-secondary" type="button" id="insights-download">${icon('download')}Download report</button>
        </div>
      </div>
      <p class="muted small" id="insights-status" aria-live="polite">Loading the report…</p>
      <section class="card insights-card" aria-label="Help insights report"><div id="insights-report"></div></section>`;
  },
  mount(main) {
    const host = main.querySelector('#insights-report');
    const status = main.querySelector('#insights-status');
    const root = host.attachShadow({ mode: 'open' });
    let module = null;
    let timer = 0;
    let stopped = false;

    const views = () => {
      const records = logRecords();
      const report = module.buildReport(module.tallyRecords(records));
      return { records, views: [{ label: 'This tab', report }] };
    };
    const draw = () => {
      if (stopped || !module) return;
      const { records, views: list } = views();
      const scheme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
      root.innerHTML = module.renderReportBody(list, { title: 'Help insights', scheme });
      const time = new Date().toLocaleTimeString('en-GB');
      status.textContent = `${records.length} events from this tab (the latest 200) · updated ${time}`;
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(draw, 250);
    };
    const download = () => {
      if (!module) return;
      const file = new Blob(
        [module.renderReport(views().views, { title: 'Help insights (Ledgerly demo)' })],
        {
          type: 'text/html',
        },
      );
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = 'insights.html';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      status.textContent = 'Downloaded insights.html: it opens from a file, offline.';
    };

    import('/insights.js').then(
      (loaded) => {
        module = loaded;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(loaded.REPORT_CSS);
        root.adoptedStyleSheets = [sheet];
        draw();
      },
      () => {
        status.textContent =
          "The report's module (/insights.js) did not load: run `npm run build`, then reload.";
      },
    );
    const refresh = main.querySelector('#insights-refresh');
    const save = main.querySelector('#insights-download');
    refresh.addEventListener('click', draw);
    save.addEventListener('click', download);
    window.addEventListener('ledgerly:pathlight-event', later);
    // The demo's dark-mode switch sets html[data-theme]: the report follows it.
    const theme = new MutationObserver(draw);
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      theme.disconnect();
      stopped = true;
      clearTimeout(timer);
      refresh.removeEventListener('click', draw);
      save.removeEventListener('click', download);
      window.removeEventListener('ledgerly:pathlight-event', later);
    };
  },
};
