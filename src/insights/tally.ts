/**
 * The streaming engine: one pass over the records, in any order, in bounded memory.
 *
 * Bounds (each table stays under its cap whatever the input's size; `approximations` says when one had to forget):
 * - keyed tables (queries, zero-result queries, articles, pages, tours, checklists, videos, locales, names) hold at
 *   most `cap` keys (10,000 by default). When a table is full it keeps its heavier half and drops the rest
 *   ("lossy counting"): a key seen again later starts from 0, so a count is then low by at most the largest dropped
 *   count, which the report prints. Heavy hitters — the rows the report shows — survive pruning.
 * - per-key sub-tables: a query's weeks (the latest 104), a tour's steps (index < MAX_STEP) and dismiss reasons (32
 *   per step), a checklist's items (500).
 * - sessions (for deflection and checklist reach) live in an LRU table of `sessionCap` entries (200,000): a session
 *   is closed when it falls out, and one that comes back after that counts twice. Logs are roughly in time order, so
 *   only sessions longer than ~200,000 other sessions are affected; the report says how many were closed early.
 * - comments: the latest LIMITS.comments overall and LIMITS.commentsPerArticle per article.
 * Strings are cut at MAX_TEXT (MAX_COMMENT for comments) code points.
 */
import {
  cut,
  type InsightsRecord,
  isInt,
  isKnownEvent,
  MAX_STEP,
  MAX_TEXT,
  normalizeComment,
  normalizeQuery,
  readRecord,
  weekOf,
} from './record';
import {
  type ArticleTally,
  type CommentTally,
  LIMITS,
  type LocaleTally,
  newest,
  type PageTally,
  type QueryTally,
  type Tallies,
  type TourStepTally,
  type VideoTally,
} from './tallies';

export interface TallyOptions {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  cap?: number;
  sessionCap?: number;
}

/** A keyed table with a cap: when full, the lighter half goes (see the module comment). */
class Bounded<T> {
  readonly map = new Map<string, T>();
  dropped = 0;
  maxDropped = 0;
  constructor(
    private readonly cap: number,
    private readonly weight: (value: T) => number,
    private readonly make: (key: string) => T,
  ) {}
  get(key: string): T {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= this.cap) this.prune();
      value = this.make(key);
      this.map.set(key, value);
    }
    return value;
  }
  private prune(): void {
    const entries = [...this.map].sort((a, b) => this.weight(b[1]) - this.weight(a[1]));
    for (const [key, value] of entries.slice(Math.floor(this.cap / 2))) {
      this.dropped++;
      this.maxDropped = Math.max(this.maxDropped, this.weight(value));
      this.map.delete(key);
    }
  }
  values(): T[] {
    return [...this.map.values()];
  }
}

interface Session {
  help: boolean;
  handoff: boolean;
  /** The smallest locale among the session's `open` events (the session's locale for per-locale deflection). */
  helpLocale: string | null;
  checklists: Set<string> | null;
}

interface TourEntry {
  id: string;
  starts: number;
  completes: number;
  steps: Map<number, TourStepTally>;
}

interface ChecklistEntry {
  id: string;
  sessions: number;
  completes: number;
  dismisses: number;
  items: Map<string, { id: string; index: number | null; done: number }>;
}

const MAX_WEEKS = 104;
const MAX_REASONS = 32;
const MAX_ITEMS = 500;

function keepLatest(list: CommentTally[], comment: CommentTally, max: number): void {
  if (list.length >= max && newest(comment, list[list.length - 1]!) >= 0) return;
  list.push(comment);
  list.sort(newest);
  if (list.length > max) list.pop();
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export class Tally {
  private readonly from: number;
  private readonly to: number;
  private readonly sessionCap: number;
  lines = 0;
  malformed = 0;
  readonly malformedAt: { file: string; line: number }[] = [];
  outOfRange = 0;
  events = 0;
  first: number | null = null;
  last: number | null = null;
  unknown = 0;
  private readonly names: Bounded<{ name: string; count: number }>;
  private readonly invalid = new Map<string, number>();
  private readonly sessions = new Map<string, Session>();
  private sessionCount = 0;
  private sessionsClosedEarly = 0;
  private helpSessions = 0;
  private deflected = 0;
  private readonly queries: Bounded<QueryTally>;
  private readonly zeroQueries: Bounded<QueryTally>;
  private readonly articles: Bounded<ArticleTally & { comments: CommentTally[] }>;
  private readonly comments: CommentTally[] = [];
  private readonly pages: Bounded<PageTally>;
  private readonly tours: Bounded<TourEntry>;
  private readonly checklists: Bounded<ChecklistEntry>;
  private readonly videos: Bounded<VideoTally>;
  private readonly surveys = new Map<string, Tallies['surveys'][number]>();
  private readonly surveyComments: CommentTally[] = [];
  private readonly locales: Bounded<LocaleTally>;

  constructor(options: TallyOptions = {}) {
    this.from = options.from ?? Number.NEGATIVE_INFINITY;
    this.to = options.to ?? Number.POSITIVE_INFINITY;
    this.sessionCap = options.sessionCap ?? 200_000;
    const cap = options.cap ?? 10_000;
    const query = (query: string): QueryTally => ({ query, searches: 0, zero: 0, weeks: {} });
    this.names = new Bounded(
      cap,
      (v) => v.count,
      (name) => ({ name, count: 0 }),
    );
    this.queries = new Bounded(cap, (v) => v.searches, query);
    this.zeroQueries = new Bounded(cap, (v) => v.zero, query);
    this.articles = new Bounded(
      cap,
      (v) => v.views + v.helpful + v.notHelpful + v.handoffsAfter,
      (id) => ({ id, views: 0, helpful: 0, notHelpful: 0, handoffsAfter: 0, comments: [] }),
    );
    this.pages = new Bounded(
      cap,
      (v) => v.opens + v.handoffs + v.zeroSearches,
      (path) => ({ path, opens: 0, handoffs: 0, zeroSearches: 0 }),
    );
    this.tours = new Bounded(
      cap,
      (v) => v.starts,
      (id) => ({ id, starts: 0, completes: 0, steps: new Map() }),
    );
    this.checklists = new Bounded(
      cap,
      (v) => v.sessions + v.completes,
      (id) => ({ id, sessions: 0, completes: 0, dismisses: 0, items: new Map() }),
    );
    this.videos = new Bounded(
      cap,
      (v) => v.p25 + v.p100,
      (id) => ({ id, p25: 0, p50: 0, p75: 0, p100: 0 }),
    );
    this.locales = new Bounded(
      cap,
      (v) => v.events,
      (locale) => ({
        locale,
        events: 0,
        searches: 0,
        zero: 0,
        views: 0,
        helpful: 0,
        notHelpful: 0,
        handoffs: 0,
        helpSessions: 0,
        deflected: 0,
        npsAnswers: 0,
        promoters: 0,
        detractors: 0,
      }),
    );
  }

  /** One NDJSON line (`file`/`line` locate it when it is malformed). Blank lines are not records. */
  line(text: string, file: string, line: number): void {
    // Only an empty line is not a record (a line of spaces is malformed, as it is for the SQL engine).
    if (text === '') return;
    this.lines++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const record = readRecord(value);
    if (record) this.record(record);
    else this.bad(file, line);
  }

  /** A line or row that is not a record. */
  bad(file: string, line: number): void {
    this.malformed++;
    if (this.malformedAt.length < LIMITS.malformedAt) this.malformedAt.push({ file, line });
  }

  record(record: InsightsRecord): void {
    if (record.ts < this.from || record.ts >= this.to) {
      this.outOfRange++;
      return;
    }
    this.events++;
    if (this.first === null || record.ts < this.first) this.first = record.ts;
    if (this.last === null || record.ts > this.last) this.last = record.ts;
    this.names.get(cut(record.name, MAX_TEXT)).count++;
    const locale = this.locales.get(record.locale);
    locale.events++;
    const session = record.sessionId === null ? null : this.session(record.sessionId);
    if (!isKnownEvent(record.name)) {
      this.unknown++;
      return;
    }
    if (!this.known(record, session, locale))
      this.invalid.set(record.name, (this.invalid.get(record.name) ?? 0) + 1);
  }

  private session(id: string): Session {
    let session = this.sessions.get(id);
    if (session) {
      // Most recently used last: the Map's first entry is the one to close when the table is full.
      this.sessions.delete(id);
    } else {
      this.sessionCount++;
      session = { help: false, handoff: false, helpLocale: null, checklists: null };
      if (this.sessions.size >= this.sessionCap) {
        const [oldest, closing] = this.sessions.entries().next().value as [string, Session];
        this.sessions.delete(oldest);
        this.close(closing);
        this.sessionsClosedEarly++;
      }
    }
    this.sessions.set(id, session);
    return session;
  }

  private close(session: Session): void {
    if (!session.help) return;
    this.helpSessions++;
    const locale = this.locales.get(session.helpLocale ?? '(none)');
    locale.helpSessions++;
    if (!session.handoff) {
      this.deflected++;
      locale.deflected++;
    }
  }

  /** Reads one known event; false when its payload lacks what the report needs. */
  private known(record: InsightsRecord, session: Session | null, locale: LocaleTally): boolean {
    const { props } = record;
    switch (record.name) {
      case 'open': {
        this.pages.get(record.path).opens++;
        if (session) {
          session.help = true;
          if (session.helpLocale === null || record.locale < session.helpLocale)
            session.helpLocale = record.locale;
        }
        return true;
      }
      case 'search': {
        if (typeof props.query !== 'string' || typeof props.resultCount !== 'number') return false;
        const query = normalizeQuery(props.query);
        if (query === '') return false;
        const week = weekOf(record.ts);
        const entry = this.queries.get(query);
        entry.searches++;
        addWeek(entry.weeks, week);
        locale.searches++;
        if (props.resultCount === 0) {
          entry.zero++;
          const zero = this.zeroQueries.get(query);
          zero.searches++;
          zero.zero++;
          addWeek(zero.weeks, week);
          locale.zero++;
          this.pages.get(record.path).zeroSearches++;
        }
        return true;
      }
      case 'article:view': {
        const id = str(props.id);
        if (!id) return false;
        this.articles.get(cut(id, MAX_TEXT)).views++;
        locale.views++;
        return true;
      }
      case 'article:feedback': {
        const id = str(props.id);
        if (!id || typeof props.helpful !== 'boolean') return false;
        const article = this.articles.get(cut(id, MAX_TEXT));
        const comment = typeof props.comment === 'string' ? normalizeComment(props.comment) : '';
        if (comment !== '') {
          const entry = { id: article.id, text: comment, ts: record.ts, locale: record.locale };
          keepLatest(this.comments, entry, LIMITS.comments);
          keepLatest(article.comments, entry, LIMITS.commentsPerArticle);
          return true;
        }
        // "What was missing" repeats the answer already counted: count answers on the events without a comment.
        if (typeof props.comment === 'string') return true;
        if (props.helpful) {
          article.helpful++;
          locale.helpful++;
        } else {
          article.notHelpful++;
          locale.notHelpful++;
        }
        return true;
      }
      case 'handoff': {
        this.pages.get(record.path).handoffs++;
        locale.handoffs++;
        if (session) session.handoff = true;
        const context = props.context;
        const viewed =
          typeof context === 'object' && context !== null
            ? (context as Record<string, unknown>).viewedArticles
            : null;
        if (Array.isArray(viewed)) {
          const ids = new Set<string>();
          for (const article of viewed) {
            const id =
              typeof article === 'object' && article !== null ? str((article as { id?: unknown }).id) : null;
            if (id) ids.add(cut(id, MAX_TEXT));
          }
          for (const id of ids) this.articles.get(id).handoffsAfter++;
        }
        return true;
      }
      case 'video:progress': {
        const id = str(props.id);
        const percent = props.percent;
        if (!id || (percent !== 25 && percent !== 50 && percent !== 75 && percent !== 100)) return false;
        this.videos.get(cut(id, MAX_TEXT))[`p${percent}`]++;
        return true;
      }
      case 'tour:start':
      case 'tour:complete': {
        const id = str(props.tourId) ?? str(props.id);
        if (!id) return false;
        const tour = this.tours.get(cut(id, MAX_TEXT));
        if (record.name === 'tour:start') tour.starts++;
        else tour.completes++;
        return true;
      }
      case 'tour:step':
      case 'tour:dismiss': {
        const id = str(props.tourId) ?? str(props.id);
        const index = isInt(props.index) ? props.index : isInt(props.step) ? props.step : null;
        if (!id || index === null || index < 0 || index >= MAX_STEP) return false;
        const tour = this.tours.get(cut(id, MAX_TEXT));
        let step = tour.steps.get(index);
        if (!step) {
          step = { index, stepId: null, views: 0, dismisses: 0, reasons: {} };
          tour.steps.set(index, step);
        }
        if (record.name === 'tour:step') {
          step.views++;
          const stepId = str(props.stepId);
          if (stepId !== null) {
            const short = cut(stepId, MAX_TEXT);
            if (step.stepId === null || short < step.stepId) step.stepId = short;
          }
        } else {
          step.dismisses++;
          const reason = cut(str(props.reason) ?? 'unknown', MAX_TEXT);
          if (reason in step.reasons || Object.keys(step.reasons).length < MAX_REASONS)
            step.reasons[reason] = (step.reasons[reason] ?? 0) + 1;
        }
        return true;
      }
      case 'checklist:item': {
        const checklistId = str(props.checklistId);
        const itemId = str(props.itemId);
        if (!checklistId || !itemId) return false;
        const checklist = this.checklists.get(cut(checklistId, MAX_TEXT));
        const key = cut(itemId, MAX_TEXT);
        let item = checklist.items.get(key);
        if (!item && checklist.items.size < MAX_ITEMS) {
          item = { id: key, index: null, done: 0 };
          checklist.items.set(key, item);
        }
        if (item) {
          item.done++;
          if (isInt(props.index) && (item.index === null || props.index < item.index))
            item.index = props.index;
        }
        if (session) {
          session.checklists ??= new Set();
          if (!session.checklists.has(checklist.id)) {
            session.checklists.add(checklist.id);
            checklist.sessions++;
          }
        }
        return true;
      }
      case 'checklist:complete':
      case 'checklist:dismiss': {
        const id = str(props.id);
        if (!id) return false;
        const checklist = this.checklists.get(cut(id, MAX_TEXT));
        if (record.name === 'checklist:complete') checklist.completes++;
        else checklist.dismisses++;
        return true;
      }
      case 'survey:answer': {
        const type = props.type;
        const score = props.score;
        if ((type !== 'nps' && type !== 'csat') || !isInt(score)) return false;
        if (type === 'nps' ? score < 0 || score > 10 : score < 1 || score > 5) return false;
        const week = weekOf(record.ts);
        const key = `${type} ${week}`;
        let entry = this.surveys.get(key);
        if (!entry) {
          entry = { type, week, answers: 0, promoters: 0, detractors: 0 };
          this.surveys.set(key, entry);
          if (this.surveys.size > 2 * MAX_WEEKS) this.dropOldestSurveyWeek();
        }
        const promoter = type === 'nps' ? score >= 9 : score >= 4;
        const detractor = type === 'nps' ? score <= 6 : score <= 2;
        entry.answers++;
        if (promoter) entry.promoters++;
        if (detractor) entry.detractors++;
        if (type === 'nps') {
          locale.npsAnswers++;
          if (promoter) locale.promoters++;
          if (detractor) locale.detractors++;
        }
        const comment = typeof props.comment === 'string' ? normalizeComment(props.comment) : '';
        if (comment !== '') {
          const id = `${type.toUpperCase()} ${score}`;
          keepLatest(
            this.surveyComments,
            { id, text: comment, ts: record.ts, locale: record.locale },
            LIMITS.comments,
          );
        }
        return true;
      }
      default:
        // Known, and counted by name only (close, tips, announcements, handoff:deflected, contact:sent, …).
        return true;
    }
  }

  private dropOldestSurveyWeek(): void {
    let oldest: string | null = null;
    for (const [key, entry] of this.surveys)
      if (oldest === null || entry.week < oldest.slice(-10)) oldest = key;
    if (oldest !== null) this.surveys.delete(oldest);
  }

  /** Closes the open sessions and returns the counts (call once, at the end). */
  finish(): Tallies {
    for (const session of this.sessions.values()) this.close(session);
    this.sessions.clear();
    const approximations: string[] = [];
    const note = (what: string, table: Bounded<unknown>) => {
      if (table.dropped > 0)
        approximations.push(
          `${what}: ${table.dropped} rare keys dropped; counts may be low by up to ${table.maxDropped}`,
        );
    };
    note('queries', this.queries as Bounded<unknown>);
    note('zero-result queries', this.zeroQueries as Bounded<unknown>);
    note('articles', this.articles as Bounded<unknown>);
    note('pages', this.pages as Bounded<unknown>);
    note('tours', this.tours as Bounded<unknown>);
    note('checklists', this.checklists as Bounded<unknown>);
    note('videos', this.videos as Bounded<unknown>);
    note('locales', this.locales as Bounded<unknown>);
    note('event names', this.names as Bounded<unknown>);
    if (this.sessionsClosedEarly > 0)
      approximations.push(
        `sessions: ${this.sessionsClosedEarly} closed early by the session table's cap (a session seen again counts twice)`,
      );
    const articles = this.articles.values();
    const comments = [...this.comments];
    return {
      lines: this.lines,
      malformed: this.malformed,
      malformedAt: this.malformedAt,
      outOfRange: this.outOfRange,
      events: this.events,
      first: this.first,
      last: this.last,
      names: Object.fromEntries(this.names.values().map((v) => [v.name, v.count])),
      unknown: this.unknown,
      invalid: Object.fromEntries(this.invalid),
      sessions: this.sessionCount,
      helpSessions: this.helpSessions,
      deflected: this.deflected,
      queries: this.queries.values(),
      zeroQueries: this.zeroQueries.values(),
      articles: articles.map(({ comments: _, ...article }) => article),
      comments: [...comments, ...articles.flatMap((article) => article.comments)],
      pages: this.pages.values(),
      tours: this.tours.values().map((tour) => ({ ...tour, steps: [...tour.steps.values()] })),
      checklists: this.checklists.values().map((list) => ({ ...list, items: [...list.items.values()] })),
      videos: this.videos.values(),
      surveys: [...this.surveys.values()],
      surveyComments: this.surveyComments,
      locales: this.locales.values(),
      approximations,
    };
  }
}

function addWeek(weeks: Record<string, number>, week: string): void {
  if (week in weeks) {
    weeks[week]!++;
    return;
  }
  weeks[week] = 1;
  const keys = Object.keys(weeks);
  if (keys.length > MAX_WEEKS) delete weeks[keys.sort()[0]!];
}

/** Tallies of records already in memory (the demo's event log; tests). */
export function tallyRecords(records: Iterable<unknown>, options?: TallyOptions): Tallies {
  const tally = new Tally(options);
  let line = 0;
  for (const value of records) {
    line++;
    tally.lines++;
    const record = readRecord(value);
    if (record) tally.record(record);
    else tally.bad('(records)', line);
  }
  return tally.finish();
}
