/**
 * The insights report's surface, with no Node API in it: the CLI (src/cli/) streams files into `Tally`, the demo
 * tallies its own event log with `tallyRecords`, and both render with the same `renderReport(Body)`.
 * Built as `dist/insights.js` (an ES module for browsers, outside the widget's bundles).
 */
export {
  type InsightsRecord,
  isKnownEvent,
  KNOWN_EVENTS,
  normalizeQuery,
  parseTs,
  readRecord,
  weekOf,
} from './record';
export { esc, REPORT_CSS, type ReportView, renderReport, renderReportBody } from './render';
export { buildReport, type InsightsReport, type ReportMeta, rate } from './report';
export { LIMITS, type Tallies } from './tallies';
export { Tally, type TallyOptions, tallyRecords } from './tally';
export { lastDays } from './views';
