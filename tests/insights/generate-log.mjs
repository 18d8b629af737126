// A generator of realistic analytics logs (the records the analytics endpoint stores, one JSON object a line) with
// the answers the insights report must give, counted here while generating — independently of the report's code.
// Used by the unit tests (tests/unit/insights/), the browser test of the report and `npm run bench`.
//
//   const { records, expected } = generateLog({ sessions: 500, seed: 7 });
//   writeLog('.tmp/events.ndjson', { sessions: 200_000 }) → expected   (streams to a file: the 1M-event bench)

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
// The benches' seeded PRNG: the same seed gives the same log on every machine.
import { rng } from '../bench/corpus.mjs';

const DAY = 86_400_000;
export const START = Date.UTC(2026, 10, 2); // Monday 2 November 2026

const LOCALES = ['en', 'en', 'en', 'en', 'de', 'de', 'fr', 'pl', 'ja', 'ar'];
const PAGES = ['/', '/invoices', '/invoices/new', '/customers', '/reports', '/settings', '/settings/billing'];
/** Query, how often (weight), results it finds; typed with stray case and spaces now and then. */
export const QUERIES = [
  ['invoice pdf', 30, 4],
  ['refund', 22, 2],
  ['change currency', 18, 3],
  ['export to excel', 15, 0],
  ['recurring invoice', 12, 5],
  ['vat number', 10, 1],
  ['dark mode', 8, 0],
  ['delete account', 7, 1],
  ['<script>alert("q")</script>', 3, 0],
  ['api key', 6, 0],
  ['zahlungserinnerung', 5, 2],
  ['facture & "devis"', 4, 0],
];
export const ARTICLES = [
  ['send-invoice', 0.8],
  ['refunds', 0.4],
  ['currencies', 0.7],
  ['recurring', 0.9],
  ['vat', 0.3],
  ['team-roles', 0.6],
];
export const MISSING = [
  'It does not say how to refund half an invoice',
  'Screenshots are from the old design',
  '<img src=x onerror=alert(1)> nothing about partial refunds',
  'Wie geht das auf Deutsch?',
];
export const TOUR = { id: 'welcome', steps: ['intro', 'new-invoice', 'customers', 'reports'] };
export const CHECKLIST = {
  id: 'getting-started',
  items: ['company', 'first-invoice', 'connect-bank', 'invite'],
};
export const VIDEOS = ['intro-video', 'reports-video'];

function pick(random, weighted) {
  const total = weighted.reduce((n, w) => n + w[1], 0);
  let r = random() * total;
  for (const w of weighted) {
    r -= w[1];
    if (r < 0) return w;
  }
  return weighted[weighted.length - 1];
}

const bump = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

function emptyExpected() {
  return {
    lines: 0,
    events: 0,
    malformed: 0,
    malformedAt: [],
    unknown: 0,
    sessions: 0,
    helpSessions: 0,
    deflected: 0,
    handoffs: 0,
    searches: new Map(),
    zero: new Map(),
    views: new Map(),
    helpful: new Map(),
    notHelpful: new Map(),
    handoffsAfter: new Map(),
    comments: 0,
    opensByPath: new Map(),
    handoffsByPath: new Map(),
    tourStarts: 0,
    tourCompletes: 0,
    tourDismissAt: new Map(),
    tourReasons: new Map(),
    checklistSessions: 0,
    checklistItems: new Map(),
    checklistCompletes: 0,
    video: new Map(),
    nps: { answers: 0, promoters: 0, detractors: 0 },
    csat: { answers: 0, promoters: 0 },
    localeEvents: new Map(),
    localeHelpSessions: new Map(),
    localeDeflected: new Map(),
  };
}

/**
 * The records of `sessions` sessions (in time order unless `shuffle`), and the expected answers.
 * Options: seed, days (spread over), unknownRate, isoTs (ts as ISO strings for every other record).
 */
export function* records(options, expected) {
  const { sessions = 100, seed = 1, days = 28, unknownRate = 0.02 } = options;
  const random = rng(seed);
  let id = 0;
  for (let s = 0; s < sessions; s++) {
    const sessionId = `s${seed}-${s}`;
    const locale = LOCALES[Math.floor(random() * LOCALES.length)];
    let path = PAGES[Math.floor(random() * PAGES.length)];
    let ts = START + Math.floor(((s + random()) / sessions) * days * DAY);
    const out = [];
    const emit = (name, props = {}) => {
      ts += 1000 + Math.floor(random() * 20_000);
      id++;
      const record = {
        id: `e${seed}-${id}`,
        name,
        ts: id % 2 === 0 && options.isoTs !== false ? new Date(ts).toISOString() : ts,
        sessionId,
        anonymousId: `a${seed}-${s}`,
        locale,
        path,
        props,
      };
      if (s % 3 === 0) record.userId = `u${s}`;
      out.push(record);
      expected.events++;
      bump(expected.localeEvents, locale);
    };
    expected.sessions++;
    emit('ready');
    if (random() < 0.3) emit('tip:show', { id: 'new-reports' });
    if (random() < unknownRate) {
      emit('custom:clicked-upgrade', { plan: 'pro' });
      expected.unknown++;
    }
    let handedOff = false;
    const viewed = [];
    if (random() < 0.6) {
      emit('open', { view: 'home' });
      bump(expected.opensByPath, path);
      expected.helpSessions++;
      bump(expected.localeHelpSessions, locale);
      const searches = 1 + Math.floor(random() * 3);
      for (let i = 0; i < searches; i++) {
        const [query, , results] = pick(random, QUERIES);
        const typed = random() < 0.2 ? `  ${query.toUpperCase()} ` : query;
        emit('search', { query: typed, resultCount: results });
        bump(expected.searches, query);
        if (results === 0) bump(expected.zero, query);
      }
      const reads = Math.floor(random() * 3);
      for (let i = 0; i < reads; i++) {
        const [article, helpfulness] = ARTICLES[Math.floor(random() * ARTICLES.length)];
        emit('article:view', { id: article });
        bump(expected.views, article);
        if (!viewed.includes(article)) viewed.push(article);
        if (random() < 0.4) {
          const helpful = random() < helpfulness;
          emit('article:feedback', { id: article, helpful });
          bump(helpful ? expected.helpful : expected.notHelpful, article);
          if (!helpful && random() < 0.5) {
            emit('article:feedback', {
              id: article,
              helpful,
              comment: MISSING[Math.floor(random() * MISSING.length)],
            });
            expected.comments++;
          }
        }
      }
      if (random() < 0.2) {
        emit('handoff', {
          context: {
            query: '',
            recentQueries: [],
            failedQueries: [],
            viewedArticles: viewed.map((a) => ({ id: a, title: a })),
            path,
            locale,
          },
        });
        handedOff = true;
        expected.handoffs++;
        bump(expected.handoffsByPath, path);
        for (const article of viewed) bump(expected.handoffsAfter, article);
        if (random() < 0.7) emit('contact:sent', { channel: 'form' });
      } else if (random() < 0.1) emit('handoff:deflected', { articleId: viewed[0] ?? null });
      emit('close');
      if (!handedOff) bump(expected.localeDeflected, locale);
      if (!handedOff) expected.deflected++;
    }
    if (random() < 0.25) {
      path = '/';
      emit('tour:start', { id: TOUR.id, tourId: TOUR.id, count: TOUR.steps.length });
      expected.tourStarts++;
      let left = false;
      for (let index = 0; index < TOUR.steps.length; index++) {
        const stepId = TOUR.steps[index];
        emit('tour:step', {
          id: TOUR.id,
          step: index,
          tourId: TOUR.id,
          stepId,
          index,
          count: TOUR.steps.length,
        });
        // People leave most on the third step (the customers page is slow to load in this story).
        if (random() < (index === 2 ? 0.35 : 0.08)) {
          const reason = index === 2 && random() < 0.6 ? 'target-missing' : 'close';
          emit('tour:dismiss', { id: TOUR.id, step: index, tourId: TOUR.id, stepId, index, reason });
          bump(expected.tourDismissAt, index);
          bump(expected.tourReasons, `${index} ${reason}`);
          left = true;
          break;
        }
      }
      if (!left) {
        emit('tour:complete', { id: TOUR.id, tourId: TOUR.id, count: TOUR.steps.length });
        expected.tourCompletes++;
      }
    }
    if (random() < 0.3) {
      let ticked = 0;
      for (let index = 0; index < CHECKLIST.items.length; index++) {
        if (random() > 0.85 - index * 0.12) break;
        emit('checklist:item', {
          checklistId: CHECKLIST.id,
          itemId: CHECKLIST.items[index],
          index,
          count: CHECKLIST.items.length,
        });
        bump(expected.checklistItems, CHECKLIST.items[index]);
        ticked++;
      }
      if (ticked > 0) expected.checklistSessions++;
      if (ticked === CHECKLIST.items.length) {
        emit('checklist:complete', { id: CHECKLIST.id });
        expected.checklistCompletes++;
      }
    }
    if (random() < 0.15) {
      const video = VIDEOS[Math.floor(random() * VIDEOS.length)];
      for (const percent of [25, 50, 75, 100]) {
        emit('video:progress', { id: video, percent });
        bump(expected.video, `${video} ${percent}`);
        if (random() < 0.25) break;
      }
    }
    if (random() < 0.1) {
      const score = Math.floor(random() * 11);
      emit('survey:answer', {
        surveyId: 'nps-q4',
        type: 'nps',
        score,
        ...(random() < 0.3 ? { comment: 'Fast support' } : {}),
      });
      expected.nps.answers++;
      if (score >= 9) expected.nps.promoters++;
      if (score <= 6) expected.nps.detractors++;
    }
    if (random() < 0.06) {
      const score = 1 + Math.floor(random() * 5);
      emit('survey:answer', { surveyId: 'csat-help', type: 'csat', score });
      expected.csat.answers++;
      if (score >= 4) expected.csat.promoters++;
    }
    yield* out;
  }
}

/** Fisher–Yates with the seeded generator: the same "wrong order" every run. */
function shuffled(list, seed) {
  const random = rng(seed ^ 0x5bd1e995);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** Malformed lines a real log has: truncated writes, text, arrays, records without a name or a time. */
export const MALFORMED = [
  '{"id":"x","name":"search","ts":17',
  'GET /collect HTTP/1.1',
  '[1,2,3]',
  '{"id":"y","ts":1790000000000,"props":{}}',
  '{"id":"z","name":"open","ts":"yesterday"}',
  'null',
];

/**
 * The log as NDJSON lines: `malformed` bad lines spread through it (their 1-based line numbers in
 * expected.malformedAt), `shuffle` for events in the wrong order.
 */
export function generateLog(options = {}) {
  const expected = emptyExpected();
  let list = [...records(options, expected)];
  if (options.shuffle) list = shuffled(list, options.seed ?? 1);
  const lines = list.map((r) => JSON.stringify(r));
  const bad = options.malformed ?? 0;
  for (let i = 0; i < bad; i++) {
    const at = Math.min(lines.length, Math.floor(((i + 1) * lines.length) / (bad + 1)) + i);
    lines.splice(at, 0, MALFORMED[i % MALFORMED.length]);
  }
  lines.forEach((line, i) => {
    if (MALFORMED.includes(line)) expected.malformedAt.push(i + 1);
  });
  expected.malformed = bad;
  expected.lines = lines.length;
  return { lines, records: list, expected, text: lines.length ? `${lines.join('\n')}\n` : '' };
}

/** Streams a large log to `file` (for the bench); resolves to the expected answers. */
export async function writeLog(file, options = {}) {
  const expected = emptyExpected();
  const stream = createWriteStream(file);
  let buffer = '';
  for (const record of records(options, expected)) {
    buffer += `${JSON.stringify(record)}\n`;
    expected.lines++;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  stream.end(buffer);
  await once(stream, 'finish');
  return expected;
}
