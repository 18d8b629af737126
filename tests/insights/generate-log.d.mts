// Types of generate-log.mjs (plain JS so that `npm run bench` runs it with Node alone).
export interface Expected {
  lines: number;
  events: number;
  malformed: number;
  malformedAt: number[];
  unknown: number;
  sessions: number;
  helpSessions: number;
  deflected: number;
  handoffs: number;
  searches: Map<string, number>;
  zero: Map<string, number>;
  views: Map<string, number>;
  helpful: Map<string, number>;
  notHelpful: Map<string, number>;
  handoffsAfter: Map<string, number>;
  comments: number;
  opensByPath: Map<string, number>;
  handoffsByPath: Map<string, number>;
  tourStarts: number;
  tourCompletes: number;
  tourDismissAt: Map<number, number>;
  tourReasons: Map<string, number>;
  checklistSessions: number;
  checklistItems: Map<string, number>;
  checklistCompletes: number;
  video: Map<string, number>;
  nps: { answers: number; promoters: number; detractors: number };
  csat: { answers: number; promoters: number };
  localeEvents: Map<string, number>;
  localeHelpSessions: Map<string, number>;
  localeDeflected: Map<string, number>;
}
export interface LogOptions {
  sessions?: number;
  seed?: number;
  days?: number;
  unknownRate?: number;
  isoTs?: boolean;
  shuffle?: boolean;
  malformed?: number;
}
export interface LogRecord {
  id: string;
  name: string;
  ts: number | string;
  sessionId: string;
  anonymousId: string;
  userId?: string;
  locale: string;
  path: string;
  props: Record<string, unknown>;
}
export const START: number;
export const QUERIES: [string, number, number][];
export const ARTICLES: [string, number][];
export const MISSING: string[];
export const TOUR: { id: string; steps: string[] };
export const CHECKLIST: { id: string; items: string[] };
export const VIDEOS: string[];
export const MALFORMED: string[];
export function records(options: LogOptions, expected: Expected): Generator<LogRecord>;
export function generateLog(options?: LogOptions): {
  lines: string[];
  records: LogRecord[];
  expected: Expected;
  text: string;
};
export function writeLog(file: string, options?: LogOptions): Promise<Expected>;
