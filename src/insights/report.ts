/**
 * Tallies (from either engine) → the report's numbers: sorted, cut to what the report shows, rates computed. This
 * is also the `--json` output; its shape is documented in docs/insights.md.
 */
import { KNOWN_EVENTS } from './record';
import { cmp as byText, type CommentTally, LIMITS, newest, type QueryTally, type Tallies } from './tallies';

const KNOWN = new Set<string>(KNOWN_EVENTS);

export interface InsightsReport {
  version: 1;
  range: { from: string | null; to: string | null; first: string | null; last: string | null };
  input: {
    lines: number;
    events: number;
    malformed: number;
    malformedAt: { file: string; line: number }[];
    outOfRange: number;
    unknown: number;
    unknownNames: { name: string; count: number }[];
    invalid: { name: string; count: number }[];
    approximations: string[];
  };
  totals: {
    sessions: number;
    helpSessions: number;
    deflected: number;
    deflectionRate: number | null;
    opens: number;
    searches: number;
    zeroResults: number;
    zeroRate: number | null;
    articleViews: number;
    handoffs: number;
    handoffDeflected: number;
    contactSent: number;
    nps: number | null;
    csat: number | null;
  };
  searches: {
    top: QueryRow[];
    zero: QueryRow[];
    weeks: string[];
  };
  articles: ArticleRow[];
  comments: CommentTally[];
  pages: { path: string; opens: number; handoffs: number; zeroSearches: number }[];
  tours: TourRow[];
  checklists: {
    id: string;
    sessions: number;
    completes: number;
    dismisses: number;
    completionRate: number | null;
    items: { id: string; index: number | null; done: number; rate: number | null }[];
  }[];
  videos: {
    id: string;
    p25: number;
    p50: number;
    p75: number;
    p100: number;
    completionRate: number | null;
  }[];
  surveys: {
    nps: SurveySummary;
    csat: SurveySummary;
    comments: CommentTally[];
  };
  locales: (Tallies['locales'][number] & {
    zeroRate: number | null;
    helpfulRate: number | null;
    deflectionRate: number | null;
    nps: number | null;
  })[];
}

export interface QueryRow {
  query: string;
  count: number;
  zero: number;
  /** Counts in `searches.weeks` order. */
  trend: number[];
}

export interface ArticleRow {
  id: string;
  views: number;
  helpful: number;
  notHelpful: number;
  helpfulRate: number | null;
  handoffsAfter: number;
  comments: CommentTally[];
}

export interface TourRow {
  id: string;
  starts: number;
  completes: number;
  dismisses: number;
  completionRate: number | null;
  /** The step most people left on (most dismissals; the first on a tie), null when nobody left. */
  leaveStep: number | null;
  steps: {
    index: number;
    stepId: string | null;
    views: number;
    dismisses: number;
    reasons: { reason: string; count: number }[];
  }[];
}

export interface SurveySummary {
  answers: number;
  promoters: number;
  detractors: number;
  /** NPS: % promoters − % detractors (−100…100). CSAT: % of answers 4–5. */
  score: number | null;
  weeks: { week: string; answers: number; score: number | null }[];
}

/** A share rounded to 4 decimals (both engines' counts are integers, so both give the same digits). */
export const rate = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

const iso = (ms: number | null | undefined): string | null =>
  ms === null || ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString();

function surveySummary(tallies: Tallies, type: 'nps' | 'csat'): SurveySummary {
  const weeks = tallies.surveys.filter((w) => w.type === type).sort((a, b) => byText(a.week, b.week));
  const score = (answers: number, promoters: number, detractors: number) =>
    answers === 0
      ? null
      : type === 'nps'
        ? Math.round(((promoters - detractors) / answers) * 1000) / 10
        : Math.round((promoters / answers) * 1000) / 10;
  const answers = weeks.reduce((n, w) => n + w.answers, 0);
  const promoters = weeks.reduce((n, w) => n + w.promoters, 0);
  const detractors = weeks.reduce((n, w) => n + w.detractors, 0);
  return {
    answers,
    promoters,
    detractors,
    score: score(answers, promoters, detractors),
    weeks: weeks.map((w) => ({
      week: w.week,
      answers: w.answers,
      score: score(w.answers, w.promoters, w.detractors),
    })),
  };
}

const sameComment = (a: CommentTally, b: CommentTally) =>
  a.id === b.id && a.ts === b.ts && a.text === b.text && a.locale === b.locale;

function latest(list: CommentTally[], max: number): CommentTally[] {
  const out: CommentTally[] = [];
  for (const comment of [...list].sort(newest)) {
    if (out.length >= max) break;
    if (!out.some((c) => sameComment(c, comment))) out.push(comment);
  }
  return out;
}

export interface ReportMeta {
  /** The range asked for (epoch ms, `to` exclusive). */
  from?: number;
  to?: number;
}

export function buildReport(tallies: Tallies, meta: ReportMeta = {}): InsightsReport {
  const names = tallies.names;
  const count = (name: string) => names[name] ?? 0;

  const top = [...tallies.queries]
    .sort((a, b) => b.searches - a.searches || byText(a.query, b.query))
    .slice(0, LIMITS.queries);
  const zero = [...tallies.zeroQueries]
    .filter((q) => q.zero > 0)
    .sort((a, b) => b.zero - a.zero || byText(a.query, b.query))
    .slice(0, LIMITS.queries);
  const weeks = [...new Set([...top, ...zero].flatMap((q) => Object.keys(q.weeks)))].sort(byText);
  const row = (q: QueryTally, n: number): QueryRow => ({
    query: q.query,
    count: n,
    zero: q.zero,
    trend: weeks.map((w) => q.weeks[w] ?? 0),
  });

  const articles = [...tallies.articles]
    .sort((a, b) => b.views - a.views || byText(a.id, b.id))
    .map((a) => ({
      ...a,
      helpfulRate: rate(a.helpful, a.helpful + a.notHelpful),
      comments: latest(
        tallies.comments.filter((c) => c.id === a.id),
        LIMITS.commentsPerArticle,
      ),
    }));

  const tours = [...tallies.tours]
    .sort((a, b) => b.starts - a.starts || byText(a.id, b.id))
    .map((tour): TourRow => {
      const steps = [...tour.steps].sort((a, b) => a.index - b.index);
      const dismisses = steps.reduce((n, s) => n + s.dismisses, 0);
      let leaveStep: number | null = null;
      let most = 0;
      for (const step of steps)
        if (step.dismisses > most) {
          most = step.dismisses;
          leaveStep = step.index;
        }
      return {
        id: tour.id,
        starts: tour.starts,
        completes: tour.completes,
        dismisses,
        completionRate: rate(tour.completes, tour.starts),
        leaveStep,
        steps: steps.map((s) => ({
          index: s.index,
          stepId: s.stepId,
          views: s.views,
          dismisses: s.dismisses,
          reasons: Object.entries(s.reasons)
            .map(([reason, n]) => ({ reason, count: n }))
            .sort((a, b) => b.count - a.count || byText(a.reason, b.reason)),
        })),
      };
    });

  const searches = tallies.locales.reduce((n, l) => n + l.searches, 0);
  const zeroResults = tallies.locales.reduce((n, l) => n + l.zero, 0);
  const nps = surveySummary(tallies, 'nps');
  const csat = surveySummary(tallies, 'csat');
  const unknownNames = Object.entries(names)
    .filter(([name]) => !KNOWN.has(name))
    .map(([name, n]) => ({ name, count: n }))
    .sort((a, b) => b.count - a.count || byText(a.name, b.name))
    .slice(0, LIMITS.names);

  return {
    version: 1,
    range: {
      from: iso(meta.from),
      to: iso(meta.to),
      first: iso(tallies.first),
      last: iso(tallies.last),
    },
    input: {
      lines: tallies.lines,
      events: tallies.events,
      malformed: tallies.malformed,
      malformedAt: tallies.malformedAt.slice(0, LIMITS.malformedAt),
      outOfRange: tallies.outOfRange,
      unknown: tallies.unknown,
      unknownNames,
      invalid: Object.entries(tallies.invalid)
        .map(([name, n]) => ({ name, count: n }))
        .sort((a, b) => b.count - a.count || byText(a.name, b.name)),
      approximations: tallies.approximations,
    },
    totals: {
      sessions: tallies.sessions,
      helpSessions: tallies.helpSessions,
      deflected: tallies.deflected,
      deflectionRate: rate(tallies.deflected, tallies.helpSessions),
      opens: count('open'),
      searches,
      zeroResults,
      zeroRate: rate(zeroResults, searches),
      articleViews: tallies.articles.reduce((n, a) => n + a.views, 0),
      handoffs: count('handoff'),
      handoffDeflected: count('handoff:deflected'),
      contactSent: count('contact:sent'),
      nps: nps.score,
      csat: csat.score,
    },
    searches: {
      top: top.map((q) => row(q, q.searches)),
      zero: zero.map((q) => row(q, q.zero)),
      weeks,
    },
    articles,
    comments: latest(tallies.comments, LIMITS.comments),
    pages: [...tallies.pages]
      .sort((a, b) => b.opens - a.opens || b.handoffs - a.handoffs || byText(a.path, b.path))
      .slice(0, LIMITS.pages),
    tours,
    checklists: [...tallies.checklists]
      .sort((a, b) => b.sessions - a.sessions || byText(a.id, b.id))
      .map((list) => ({
        ...list,
        completionRate: rate(list.completes, list.sessions),
        items: [...list.items]
          .sort((a, b) => (a.index ?? 1e9) - (b.index ?? 1e9) || byText(a.id, b.id))
          .map((item) => ({ ...item, rate: rate(item.done, list.sessions) })),
      })),
    videos: [...tallies.videos]
      .sort((a, b) => b.p25 - a.p25 || byText(a.id, b.id))
      .map((v) => ({ ...v, completionRate: rate(v.p100, v.p25) })),
    surveys: { nps, csat, comments: latest(tallies.surveyComments, LIMITS.comments) },
    locales: [...tallies.locales]
      .sort((a, b) => b.events - a.events || byText(a.locale, b.locale))
      .map((l) => ({
        ...l,
        zeroRate: rate(l.zero, l.searches),
        helpfulRate: rate(l.helpful, l.helpful + l.notHelpful),
        deflectionRate: rate(l.deflected, l.helpSessions),
        nps: l.npsAnswers > 0 ? Math.round(((l.promoters - l.detractors) / l.npsAnswers) * 1000) / 10 : null,
      })),
  };
}
