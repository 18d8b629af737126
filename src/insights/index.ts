/**
 * The insights report's surface, with no Node API in it: the CLI (src/cli/) streams files into `Tally`, the demo
 * tallies its own event log with `tallyRecords`, and both render with the same `renderReport(Body)`.
 * Built as `dist/insights.js` (an ES module for browsers, outside the widget's bundles).
 */
export {
  isKnownEvent,
  KNOWN_EVENTS,
  type InsightsRecord,
  normalizeQuery,
  parseTs,
  readRecord,
  weekOf,
} from './record';
export { buildReport, type InsightsReport, rate, type ReportMeta } from './report';
export { esc, REPORT_CSS, type ReportView, renderReport, renderReportBody } from './render';
export { LIMITS, type Tallies } from './tallies';
export { Tally, type TallyOptions, tallyRecords } from './tally';
export { lastDays } from './views';
