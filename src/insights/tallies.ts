/**
 * The counts the report is built from: what both engines produce (the streaming one here in tally.ts, the SQL
 * one from docs/insights.sql through DuckDB), so that one function (report.ts) turns either into the same report.
 * Counts only: every rate is computed from them in report.ts, so both engines give the same digits.
 */

export interface WhereMalformed {
  file: string;
  line: number;
}

export interface QueryTally {
  query: string;
  searches: number;
  zero: number;
  /** Week (Monday, YYYY-MM-DD) → searches (for the zero-result list: searches that found nothing). */
  weeks: Record<string, number>;
}

export interface ArticleTally {
  id: string;
  views: number;
  helpful: number;
  notHelpful: number;
  /** Hand-offs whose context lists this article among the ones read before. */
  handoffsAfter: number;
}

export interface CommentTally {
  id: string;
  text: string;
  ts: number;
  locale: string;
}

export interface PageTally {
  path: string;
  opens: number;
  handoffs: number;
  zeroSearches: number;
}

export interface TourStepTally {
  index: number;
  stepId: string | null;
  views: number;
  dismisses: number;
  /** Reason → dismissals on this step. */
  reasons: Record<string, number>;
}

export interface TourTally {
  id: string;
  starts: number;
  completes: number;
  steps: TourStepTally[];
}

export interface ChecklistTally {
  id: string;
  /** Sessions that ticked at least one item. */
  sessions: number;
  completes: number;
  dismisses: number;
  items: { id: string; index: number | null; done: number }[];
}

export interface VideoTally {
  id: string;
  p25: number;
  p50: number;
  p75: number;
  p100: number;
}

export interface SurveyWeekTally {
  type: 'nps' | 'csat';
  week: string;
  answers: number;
  /** NPS 9–10 / CSAT 4–5. */
  promoters: number;
  /** NPS 0–6 / CSAT 1–2. */
  detractors: number;
}

export interface LocaleTally {
  locale: string;
  events: number;
  searches: number;
  zero: number;
  views: number;
  helpful: number;
  notHelpful: number;
  handoffs: number;
  helpSessions: number;
  deflected: number;
  npsAnswers: number;
  promoters: number;
  detractors: number;
}

export interface Tallies {
  /** Non-blank lines read (rows, for Parquet). */
  lines: number;
  malformed: number;
  /** The first malformed lines, in input order (at most MAX_WHERE). */
  malformedAt: WhereMalformed[];
  outOfRange: number;
  events: number;
  /** The first and last event's time (epoch ms), null without events. */
  first: number | null;
  last: number | null;
  /** Events of each name (known and unknown). */
  names: Record<string, number>;
  unknown: number;
  /** Known names whose payload lacked what the report needs → count. */
  invalid: Record<string, number>;
  sessions: number;
  helpSessions: number;
  deflected: number;
  queries: QueryTally[];
  zeroQueries: QueryTally[];
  articles: ArticleTally[];
  comments: CommentTally[];
  pages: PageTally[];
  tours: TourTally[];
  checklists: ChecklistTally[];
  videos: VideoTally[];
  surveys: SurveyWeekTally[];
  surveyComments: CommentTally[];
  locales: LocaleTally[];
  /** Where the streaming engine's bounded tables had to forget: empty when every number is exact. */
  approximations: string[];
}

/** Lists as long as the report shows (both engines cut at the same place, in the same order). */
export const LIMITS = {
  queries: 50,
  pages: 50,
  comments: 30,
  commentsPerArticle: 3,
  names: 40,
  malformedAt: 20,
} as const;

/** Newest first, then by text, article and locale (code-unit order): the order both engines keep comments in. */
export const newest = (a: CommentTally, b: CommentTally): number =>
  b.ts - a.ts || cmp(a.text, b.text) || cmp(a.id, b.id) || cmp(a.locale, b.locale);

/** Code-unit order, the same everywhere (no locale collation: the SQL orders by bytes). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
