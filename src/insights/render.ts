/**
 * The report as HTML: a string, no DOM, so the CLI writes it to a file and the demo puts it in a shadow root.
 * Everything from the log is user input (a query can be `<script>`): every text goes through `esc`, and the page
 * carries a CSP that runs no script at all, so even a missed escape could not execute. Charts are inline SVG and
 * bars are SVG attributes, never `style=""` (the demo's CSP has no 'unsafe-inline' for styles; its shadow root
 * adopts REPORT_CSS as a constructed stylesheet). The range filter is radio buttons and CSS: no script needed.
 */
import type { ArticleRow, InsightsReport, QueryRow, SurveySummary, TourRow } from './report';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text or attribute value → HTML that shows it as text. */
export const esc = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const int = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pct = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const score = (s: number | null): string => (s === null ? '—' : s.toFixed(1));

/** A horizontal bar (0..1) drawn in SVG. */
function bar(share: number | null, tone = 'accent'): string {
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  return `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="8" rx="4"/><rect class="fill ${tone}" width="${width.toFixed(2)}" height="8" rx="4"/></svg>`;
}

/** A small line of counts over the report's weeks. */
function sparkline(values: number[], label: string): string {
  if (values.length < 2) return `<span class="muted">${values.length === 1 ? int(values[0]!) : ''}</span>`;
  const max = Math.max(1, ...values);
  const step = 80 / (values.length - 1);
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(18 - (v / max) * 16).toFixed(1)}`)
    .join(' ');
  return `<svg class="spark" viewBox="0 0 80 20" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title><polyline points="${points}" fill="none" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/></svg>`;
}

function trendLabel(row: QueryRow, weeks: string[]): string {
  return `Weekly: ${weeks.map((w, i) => `${w} ${row.trend[i] ?? 0}`).join(', ')}`;
}

/** ▲ or ▼ against the week before; coloured only where more is bad (searches that found nothing). */
function trendWord(values: number[], upIsBad: boolean): string {
  if (values.length < 2) return '';
  const last = values[values.length - 1]!;
  const before = values[values.length - 2]!;
  const [up, down] = upIsBad ? ['up', 'down'] : ['muted', 'muted'];
  if (last > before) return `<span class="${up}" title="more than the week before">▲</span>`;
  if (last < before) return `<span class="${down}" title="fewer than the week before">▼</span>`;
  return '<span class="muted" title="as many as the week before">＝</span>';
}

/**
 * A table; on a narrow screen (REPORT_CSS) each row stacks into a card, every cell under its column's name, which
 * each `<td>` carries as `data-label` (the cells are this file's markup, their texts escaped: `<td ` is never text).
 */
function table(head: string[], rows: string[], empty: string, cls = ''): string {
  if (rows.length === 0) return `<p class="empty">${esc(empty)}</p>`;
  const labelled = rows.map((row) => {
    let column = 0;
    return row.replace(/<td /g, () => `<td data-label="${esc(head[++column] ?? '')}" `);
  });
  return `<div class="table-wrap"><table class="${cls}"><thead><tr>${head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${h}</th>`).join('')}</tr></thead><tbody>${labelled.join('')}</tbody></table></div>`;
}

const td = (value: string, metric?: string, cls = 'num') =>
  `<td class="${cls}"${metric ? ` data-metric="${esc(metric)}"` : ''}>${value}</td>`;

function card(label: string, value: string, note: string, metric: string): string {
  return `<div class="card"><div class="card-label">${esc(label)}</div><div class="card-value" data-metric="${esc(metric)}">${value}</div><div class="card-note">${note}</div></div>`;
}

function searchTable(rows: QueryRow[], weeks: string[], zero: boolean): string {
  return table(
    ['Query', zero ? 'No result' : 'Searches', zero ? '' : 'No result', 'Trend'].filter(Boolean),
    rows.map(
      (row) =>
        `<tr><th scope="row" class="text" data-query="${esc(row.query)}">${esc(row.query)}</th>${td(int(row.count), zero ? 'zero' : 'searches')}${zero ? '' : td(row.zero ? int(row.zero) : '<span class="muted">0</span>', 'zero')}<td class="num trend">${sparkline(row.trend, trendLabel(row, weeks))} ${trendWord(row.trend, zero)}</td></tr>`,
    ),
    zero ? 'Every search found something.' : 'No searches in this range.',
  );
}

function articleRows(articles: ArticleRow[]): string[] {
  return articles.map(
    (a) =>
      `<tr data-article="${esc(a.id)}"><th scope="row" class="text">${esc(a.id)}</th>${td(int(a.views), 'views')}<td class="num rate"><span data-metric="helpfulRate">${pct(a.helpfulRate)}</span>${bar(a.helpfulRate, a.helpfulRate !== null && a.helpfulRate < 0.5 ? 'bad' : 'good')}<span class="sub">${int(a.helpful)} yes · ${int(a.notHelpful)} no</span></td>${td(int(a.handoffsAfter), 'handoffsAfter')}</tr>`,
  );
}

function articlesSection(report: InsightsReport): string {
  const byViews = report.articles.slice(0, 25);
  // Articles to fix: people said no, or read them and still asked a human.
  const toFix = report.articles
    .filter((a) => a.notHelpful + a.handoffsAfter > 0)
    .sort(
      (a, b) => b.notHelpful + b.handoffsAfter - (a.notHelpful + a.handoffsAfter) || (a.id < b.id ? -1 : 1),
    )
    .slice(0, 10);
  const head = ['Article', 'Views', 'Helpful', 'Hand-offs after'];
  const comments = report.comments
    .map(
      (c) =>
        `<li><blockquote>${esc(c.text)}</blockquote><div class="sub"><span class="tag">${esc(c.id)}</span> ${esc(c.locale)} · ${esc(new Date(c.ts).toISOString().slice(0, 10))}</div></li>`,
    )
    .join('');
  return `<section aria-labelledby="h-articles"><h2 id="h-articles">Articles</h2>
<div class="grid2"><div><h3>To fix first</h3><p class="hint">"Not helpful" answers plus hand-offs after reading.</p>${table(head, articleRows(toFix), 'Nobody said no and nobody asked a human after reading.', 'articles-fix')}</div>
<div><h3>Most read</h3>${table(head, articleRows(byViews), 'No article was opened in this range.', 'articles-views')}</div></div>
<h3>What was missing</h3>${comments ? `<ul class="comments">${comments}</ul>` : '<p class="empty">Nobody wrote what was missing.</p>'}</section>`;
}

function tourCard(tour: TourRow): string {
  const max = Math.max(1, tour.starts, ...tour.steps.map((s) => s.views));
  const rows = tour.steps
    .map((s) => {
      const leave = s.index === tour.leaveStep;
      return `<li data-step="${s.index}"><span class="item-name">${s.index + 1}. ${esc(s.stepId ?? '')}</span>${bar(s.views / max, leave ? 'bad' : 'accent')}<span class="num" data-metric="views">${int(s.views)}</span><span class="sub num" data-metric="dismisses">${s.dismisses ? `${int(s.dismisses)} left` : ''}</span></li>`;
    })
    .join('');
  const funnel = tour.steps.length
    ? `<ul class="items steps" aria-label="${esc(`Tour ${tour.id}: people on each step`)}">${rows}</ul>`
    : '<p class="empty">No step was shown.</p>';
  const leave = tour.steps.find((s) => s.index === tour.leaveStep);
  const why = leave
    ? `<p class="leave" data-metric="leaveStep" data-step="${leave.index}">Most leave on step ${leave.index + 1}${leave.stepId ? ` (${esc(leave.stepId)})` : ''}: ${leave.reasons.map((r) => `${esc(r.reason)} ${int(r.count)}`).join(', ')}</p>`
    : '<p class="leave">Nobody left before the end.</p>';
  return `<div class="panel" data-tour="${esc(tour.id)}"><h3>${esc(tour.id)}</h3><p class="sub"><span data-metric="starts">${int(tour.starts)}</span> started · <span data-metric="completes">${int(tour.completes)}</span> finished (<span data-metric="completionRate">${pct(tour.completionRate)}</span>)</p>${funnel}${why}</div>`;
}

function surveyChart(summary: SurveySummary, type: 'nps' | 'csat'): string {
  const weeks = summary.weeks;
  if (weeks.length === 0) return '<p class="empty">No answers in this range.</p>';
  const w = 300;
  const h = 110;
  const [lo, hi] = type === 'nps' ? [-100, 100] : [0, 100];
  const x = (i: number) => (weeks.length === 1 ? w / 2 : 20 + (i * (w - 40)) / (weeks.length - 1));
  const y = (v: number) => 10 + ((hi - v) / (hi - lo)) * (h - 30);
  const points = weeks
    .map((wk, i) => (wk.score === null ? '' : `${x(i).toFixed(1)},${y(wk.score).toFixed(1)}`))
    .filter(Boolean)
    .join(' ');
  const dots = weeks
    .map((wk, i) =>
      wk.score === null
        ? ''
        : `<circle cx="${x(i).toFixed(1)}" cy="${y(wk.score).toFixed(1)}" r="3"><title>${esc(`${wk.week}: ${score(wk.score)} (${wk.answers} answers)`)}</title></circle>`,
    )
    .join('');
  const zero = type === 'nps' ? `<line class="axis" x1="0" x2="${w}" y1="${y(0)}" y2="${y(0)}"/>` : '';
  const labels = `<text class="lbl" x="0" y="${h - 4}">${esc(weeks[0]!.week)}</text>${weeks.length > 1 ? `<text class="lbl end" x="${w}" y="${h - 4}">${esc(weeks[weeks.length - 1]!.week)}</text>` : ''}`;
  return `<svg class="line" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(`${type.toUpperCase()} by week`)}">${zero}<polyline points="${points}" fill="none" stroke-width="2"/>${dots}${labels}</svg>`;
}

function body(report: InsightsReport): string {
  const t = report.totals;
  const weeks = report.searches.weeks;
  const cards = [
    card('Help sessions', int(t.helpSessions), `of ${int(t.sessions)} sessions`, 'helpSessions'),
    card(
      'Deflection',
      pct(t.deflectionRate),
      `${int(t.deflected)} help sessions ended without a hand-off`,
      'deflectionRate',
    ),
    card('Searches', int(t.searches), `${pct(t.zeroRate)} found nothing`, 'searches'),
    card('Hand-offs', int(t.handoffs), `${int(t.contactSent)} messages sent`, 'handoffs'),
    card('NPS', score(t.nps), `${int(report.surveys.nps.answers)} answers`, 'nps'),
    card(
      'CSAT',
      t.csat === null ? '—' : `${t.csat.toFixed(1)}%`,
      `${int(report.surveys.csat.answers)} answers`,
      'csat',
    ),
  ].join('');

  const pages = table(
    ['Page', 'Help opens', 'Hand-offs', 'No-result searches'],
    report.pages.map(
      (p) =>
        `<tr data-page="${esc(p.path)}"><th scope="row" class="text"><code>${esc(p.path)}</code></th>${td(int(p.opens), 'opens')}${td(int(p.handoffs), 'handoffs')}${td(int(p.zeroSearches), 'zeroSearches')}</tr>`,
    ),
    'Nobody opened help in this range.',
  );

  const checklists = report.checklists.length
    ? report.checklists
        .map(
          (list) =>
            `<div class="panel" data-checklist="${esc(list.id)}"><h3>${esc(list.id)}</h3><p class="sub">${int(list.sessions)} sessions ticked an item · ${int(list.completes)} completed (${pct(list.completionRate)}) · ${int(list.dismisses)} dismissed</p><ul class="items">${list.items.map((item) => `<li data-item="${esc(item.id)}"><span class="item-name">${esc(item.id)}</span>${bar(item.rate, 'good')}<span class="num" data-metric="itemRate">${pct(item.rate)}</span><span class="sub num">${int(item.done)}</span></li>`).join('')}</ul></div>`,
        )
        .join('')
    : '<p class="empty">No checklist item was ticked in this range.</p>';

  const videos = table(
    ['Video', '25%', '50%', '75%', 'Finished', 'Completion'],
    report.videos.map(
      (v) =>
        `<tr data-video="${esc(v.id)}"><th scope="row" class="text">${esc(v.id)}</th>${td(int(v.p25))}${td(int(v.p50))}${td(int(v.p75))}${td(int(v.p100))}<td class="num rate"><span data-metric="completionRate">${pct(v.completionRate)}</span>${bar(v.completionRate)}</td></tr>`,
    ),
    'No video was watched in this range.',
  );

  const surveyComments = report.surveys.comments
    .map(
      (c) =>
        `<li><blockquote>${esc(c.text)}</blockquote><div class="sub"><span class="tag">${esc(c.id)}</span> ${esc(c.locale)} · ${esc(new Date(c.ts).toISOString().slice(0, 10))}</div></li>`,
    )
    .join('');

  const locales = table(
    [
      'Locale',
      'Events',
      'Searches',
      'No result',
      'Helpful',
      'Help sessions',
      'Deflection',
      'Hand-offs',
      'NPS',
    ],
    report.locales.map(
      (l) =>
        `<tr data-locale="${esc(l.locale)}"><th scope="row" class="text">${esc(l.locale)}</th>${td(int(l.events), 'events')}${td(int(l.searches), 'searches')}${td(pct(l.zeroRate), 'zeroRate')}${td(pct(l.helpfulRate), 'helpfulRate')}${td(int(l.helpSessions), 'helpSessions')}${td(pct(l.deflectionRate), 'deflectionRate')}${td(int(l.handoffs), 'handoffs')}${td(score(l.nps), 'nps')}</tr>`,
    ),
    'No events in this range.',
    'wide',
  );

  const input = report.input;
  const quality = [
    `<li><span data-metric="lines">${int(input.lines)}</span> lines read, <span data-metric="events">${int(input.events)}</span> events in range${input.outOfRange ? `, ${int(input.outOfRange)} outside it` : ''}.</li>`,
    input.malformed
      ? `<li><span data-metric="malformed">${int(input.malformed)}</span> malformed lines skipped${input.malformedAt.length ? `: ${input.malformedAt.map((m) => `<code>${esc(`${m.file}:${m.line}`)}</code>`).join(', ')}${input.malformed > input.malformedAt.length ? ', …' : ''}` : ''}.</li>`
      : '<li>No malformed line.</li>',
    input.unknown
      ? `<li><span data-metric="unknown">${int(input.unknown)}</span> events with names this report does not know: ${input.unknownNames.map((n) => `<code>${esc(n.name)}</code> ${int(n.count)}`).join(', ')}.</li>`
      : '',
    input.invalid.length
      ? `<li>Events missing what the report needs: ${input.invalid.map((n) => `<code>${esc(n.name)}</code> ${int(n.count)}`).join(', ')}.</li>`
      : '',
    ...input.approximations.map((a) => `<li>Approximate: ${esc(a)}.</li>`),
  ].join('');

  return `<div class="cards">${cards}</div>
<section aria-labelledby="h-search"><h2 id="h-search">Searches</h2><div class="grid2"><div><h3>Top searches</h3>${searchTable(report.searches.top.slice(0, 20), weeks, false)}</div><div><h3>Found nothing: articles to write</h3>${searchTable(report.searches.zero.slice(0, 20), weeks, true)}</div></div></section>
${articlesSection(report)}
<section aria-labelledby="h-pages"><h2 id="h-pages">Where people get stuck</h2><p class="hint">Pages ranked by help opens, then hand-offs.</p>${pages}</section>
<section aria-labelledby="h-tours"><h2 id="h-tours">Tours</h2>${report.tours.length ? `<div class="grid2">${report.tours.map(tourCard).join('')}</div>` : '<p class="empty">No tour started in this range.</p>'}</section>
<section aria-labelledby="h-checklists"><h2 id="h-checklists">Checklists</h2><div class="grid2">${checklists}</div></section>
<section aria-labelledby="h-videos"><h2 id="h-videos">Videos</h2>${videos}</section>
<section aria-labelledby="h-surveys"><h2 id="h-surveys">NPS and CSAT</h2><div class="grid2"><div class="panel"><h3>NPS <span class="big">${score(report.surveys.nps.score)}</span></h3><p class="sub">${int(report.surveys.nps.promoters)} promoters · ${int(report.surveys.nps.detractors)} detractors · ${int(report.surveys.nps.answers)} answers</p>${surveyChart(report.surveys.nps, 'nps')}</div><div class="panel"><h3>CSAT <span class="big">${report.surveys.csat.score === null ? '—' : `${report.surveys.csat.score.toFixed(1)}%`}</span></h3><p class="sub">${int(report.surveys.csat.promoters)} satisfied of ${int(report.surveys.csat.answers)} answers</p>${surveyChart(report.surveys.csat, 'csat')}</div></div>${surveyComments ? `<h3>What they said</h3><ul class="comments">${surveyComments}</ul>` : ''}</section>
<section aria-labelledby="h-locales"><h2 id="h-locales">By locale</h2>${locales}</section>
<section aria-labelledby="h-input" class="quality"><h2 id="h-input">About the data</h2><ul>${quality}</ul></section>`;
}

export interface ReportView {
  /** The filter's label ("All", "Last 7 days"). */
  label: string;
  report: InsightsReport;
}

function rangeText(report: InsightsReport): string {
  const day = (s: string | null) => (s ? s.slice(0, 10) : null);
  const from = day(report.range.from) ?? day(report.range.first);
  const to = report.range.to
    ? day(new Date(Date.parse(report.range.to) - 1).toISOString())
    : day(report.range.last);
  if (!from && !to) return 'No events';
  return from === to ? `${from}` : `${from ?? '…'} – ${to ?? '…'}`;
}

/**
 * The report's markup without the document around it: a range filter (radio buttons, one per view, switched by CSS)
 * and the views. `id` prefixes the inputs' ids so two reports can share a page.
 */
export function renderReportBody(
  views: ReportView[],
  {
    title = 'Help insights',
    id = 'pl',
    scheme,
  }: { title?: string; id?: string; scheme?: 'light' | 'dark' } = {},
): string {
  const radios = views
    .map(
      (_view, i) =>
        `<input type="radio" class="range-radio" name="${esc(id)}-range" id="${esc(id)}-r${i}"${i === 0 ? ' checked' : ''}>`,
    )
    .join('');
  const labels = views
    .map(
      (v, i) => `<label for="${esc(id)}-r${i}" class="range-label range-label-${i}">${esc(v.label)}</label>`,
    )
    .join('');
  const sections = views
    .map(
      (v, i) =>
        `<div class="view view-${i}" data-view="${esc(v.label)}"><p class="range-text">${esc(rangeText(v.report))}</p>${body(v.report)}</div>`,
    )
    .join('');
  const forced = scheme ? ` data-scheme="${scheme}"` : '';
  return `<div class="pl-insights"${forced}>${radios}<header class="top"><h1>${esc(title)}</h1>${views.length > 1 ? `<div class="ranges" role="group" aria-label="Date range">${labels}</div>` : ''}</header><main class="views">${sections}</main></div>`;
}

/** The whole self-contained document (no script, no network: opens from file://). */
export function renderReport(views: ReportView[], options: { title?: string } = {}): string {
  const title = options.title ?? 'Help insights';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="color-scheme" content="light dark">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style></head>
<body>${renderReportBody(views, { title })}</body></html>
`;
}

/** Up to 6 views: each radio shows its own view (CSS has no loops, so the rules are listed). */
const viewRules = [0, 1, 2, 3, 4, 5]
  .map(
    (i) =>
      `.range-radio:nth-of-type(${i + 1}):checked~.views>.view-${i}{display:block}.range-radio:nth-of-type(${i + 1}):checked~.top .range-label-${i}{background:var(--accent);color:var(--on-accent);border-color:var(--accent)}.range-radio:nth-of-type(${i + 1}):focus-visible~.top .range-label-${i}{outline:2px solid var(--accent);outline-offset:2px}`,
  )
  .join('');

/** One table as cards: the first cell the title, the others side by side, each under its column's name (`data-label`). */
const stacked = (table: string) =>
  `.pl-insights ${table},.pl-insights ${table} :is(tbody,tr,th,td){display:block}` +
  `.pl-insights ${table} thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}` +
  `.pl-insights ${table} tbody tr{display:flex;flex-wrap:wrap;align-items:flex-end;gap:6px 20px;padding:10px 14px;border-bottom:1px solid var(--line)}` +
  `.pl-insights ${table} tbody tr:last-child{border-bottom:0}` +
  `.pl-insights ${table} tbody :is(th,td){padding:0;border:0;text-align:left;min-width:0}` +
  `.pl-insights ${table} tbody th{flex:1 0 100%;font-weight:600}` +
  `.pl-insights ${table} td::before{content:attr(data-label);display:block;color:var(--muted);font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;white-space:nowrap}` +
  `.pl-insights ${table} td.rate{flex:1 1 150px}`;

/**
 * A table narrower than its columns need (a phone, a half of the desktop grid; the locales' nine columns on a
 * tablet) stacks its rows into cards, so nothing scrolls sideways. Each table's box is a container: the width it
 * has decides, not the screen's.
 */
const stackedTables = `.pl-insights .table-wrap{container-type:inline-size}
@container (max-width:520px){${stacked('table:not(.wide)')}}
@container (max-width:900px){${stacked('table.wide')}}`;

export const REPORT_CSS = `
.pl-insights{--bg:#f7f8fa;--card:#fff;--text:#1b1f24;--muted:#5b6470;--line:#e3e6ea;--accent:#2f5bea;--on-accent:#fff;--good:#1a8a5a;--bad:#d0452f;--track:#e9ecf1;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:var(--bg);padding:24px;max-width:1200px;margin:0 auto;box-sizing:border-box;-webkit-text-size-adjust:100%}
@media (prefers-color-scheme:dark){.pl-insights:not([data-scheme=light]){--bg:#121418;--card:#1b1e24;--text:#e8eaed;--muted:#9aa3ae;--line:#2c313a;--accent:#7c9dff;--on-accent:#0b1020;--good:#4cc38a;--bad:#ff7a66;--track:#2a2f38}}
.pl-insights[data-scheme=dark]{--bg:#121418;--card:#1b1e24;--text:#e8eaed;--muted:#9aa3ae;--line:#2c313a;--accent:#7c9dff;--on-accent:#0b1020;--good:#4cc38a;--bad:#ff7a66;--track:#2a2f38}
.pl-insights *{box-sizing:border-box}
.pl-insights h1{font-size:24px;margin:0;letter-spacing:-.01em}
.pl-insights h2{font-size:18px;margin:32px 0 12px;padding-top:8px;border-top:1px solid var(--line)}
.pl-insights h3{font-size:15px;margin:16px 0 8px}
.pl-insights .top{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
.pl-insights .range-radio{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.pl-insights .ranges{display:flex;gap:6px;flex-wrap:wrap}
.pl-insights .range-label{border:1px solid var(--line);background:var(--card);border-radius:999px;padding:6px 14px;cursor:pointer;font-size:14px;min-height:36px;display:inline-flex;align-items:center}
.pl-insights .view{display:none}
${viewRules}
.pl-insights .range-text{color:var(--muted);margin:4px 0 16px}
.pl-insights .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px}
.pl-insights .card,.pl-insights .panel{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:14px 16px;min-width:0}
.pl-insights .card-label{color:var(--muted);font-size:13px}
.pl-insights .card-value{font-size:28px;font-weight:650;font-variant-numeric:tabular-nums;margin:2px 0}
.pl-insights .card-note,.pl-insights .sub,.pl-insights .hint{color:var(--muted);font-size:13px}
.pl-insights .hint{margin:-4px 0 8px}
.pl-insights .grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:16px;align-items:start}
.pl-insights .table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:12px}
.pl-insights table{border-collapse:collapse;width:100%;font-size:14px}
.pl-insights th,.pl-insights td{padding:8px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
.pl-insights tbody tr:last-child>*{border-bottom:0}
.pl-insights thead th{font-size:12px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.04em;white-space:nowrap}
.pl-insights th.text{font-weight:500;overflow-wrap:anywhere;min-width:8em}
.pl-insights .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.pl-insights .rate{min-width:120px}
.pl-insights .rate .sub{display:block}
.pl-insights .bar{display:block;width:100%;height:8px;margin:4px 0}
.pl-insights .track{fill:var(--track)}
.pl-insights .fill.accent{fill:var(--accent)}.pl-insights .fill.good{fill:var(--good)}.pl-insights .fill.bad{fill:var(--bad)}
.pl-insights .spark{width:80px;height:20px;vertical-align:middle;stroke:var(--accent)}
.pl-insights .up{color:var(--bad)}.pl-insights .down{color:var(--good)}.pl-insights .muted{color:var(--muted)}
.pl-insights .empty{color:var(--muted);background:var(--card);border:1px dashed var(--line);border-radius:12px;padding:14px 16px;margin:0}
.pl-insights .comments{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,280px),1fr));gap:12px}
.pl-insights .comments li{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:12px 14px}
.pl-insights blockquote{margin:0 0 6px;overflow-wrap:anywhere;white-space:pre-wrap}
.pl-insights .tag{display:inline-block;background:var(--track);border-radius:6px;padding:0 6px;color:var(--text);overflow-wrap:anywhere}
.pl-insights code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere}
.pl-insights .line{width:100%;height:auto;max-width:560px;display:block}
.pl-insights .line .lbl{font-size:9px;fill:var(--muted)}
.pl-insights .line .end{text-anchor:end}
.pl-insights .line polyline{stroke:var(--accent)}.pl-insights .line circle{fill:var(--accent)}.pl-insights .axis{stroke:var(--line)}
.pl-insights .leave{margin:8px 0 0;font-size:14px}
.pl-insights .big{font-size:22px;margin-left:6px}
.pl-insights .items{list-style:none;padding:0;margin:8px 0 0}
.pl-insights .items li{display:grid;grid-template-columns:minmax(6em,1fr) minmax(60px,2fr) 56px 52px;gap:10px;align-items:center;padding:4px 0}
.pl-insights .item-name{overflow-wrap:anywhere}
.pl-insights .quality ul{margin:0;padding-left:20px;color:var(--muted)}
${stackedTables}
@media (max-width:600px){.pl-insights{padding:14px;font-size:14px}.pl-insights th,.pl-insights td{padding:6px 8px}.pl-insights .card-value{font-size:22px}.pl-insights .cards{grid-template-columns:repeat(2,minmax(0,1fr))}}
body{margin:0;background:#f7f8fa}@media (prefers-color-scheme:dark){body{background:#121418}}
`;
