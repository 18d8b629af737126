/**
 * `pathlight insights <files or globs…> [--out report.html] [--json] [--from D] [--to D] [--last 7,28]
 * [--engine js|duckdb] [--title T]`: the insights report from analytics NDJSON (plain or .gz; Parquet with DuckDB).
 * Exit codes (README "Insights"): see EXIT.
 */
import { writeFileSync } from 'node:fs';
import { readRecord } from '../insights/record';
import { renderReport } from '../insights/render';
import { buildReport, type InsightsReport } from '../insights/report';
import type { Tallies } from '../insights/tallies';
import { Tally } from '../insights/tally';
import { lastDays } from '../insights/views';
import { eachLine, expandGlob } from './files';

export const EXIT = {
  /** The report was written (malformed lines and unknown events are skipped, counted and listed: not errors). */
  ok: 0,
  /** An input file could not be read or unzipped (or a glob matched nothing): skipped and named; the rest reported. */
  unreadable: 1,
  /** Bad command line: unknown flag, bad date, no input. Nothing written. */
  usage: 2,
  /** `--engine duckdb` without @duckdb/node-api installed, or DuckDB failed. Nothing written. */
  engine: 3,
  /** The output file could not be written. */
  output: 4,
  /** A bug in pathlight itself (printed with its stack): please report it. */
  internal: 70,
} as const;

export const USAGE = `Usage: pathlight insights <files or globs…> [options]

  Reads analytics records (NDJSON, one record a line; .gz too; "-" for stdin; Parquet with --engine duckdb)
  and writes one self-contained HTML report.

  --out <file>        the HTML report (default insights.html; not written with --json unless --out is given)
  --json              print the report's numbers as JSON on stdout
  --from <date>       only events at or after this day or instant (YYYY-MM-DD or ISO 8601, UTC)
  --to <date>         only events before the end of this day (or before this instant)
  --last <days>       the report's range filter: "All" plus the last N days before --to (or now); default 7,28;
                      "none" for no filter
  --engine <name>     js (default, streaming) or duckdb (runs docs/insights.sql; needs @duckdb/node-api)
  --title <text>      the report's title (default "Help insights")
  --quiet             no summary on stderr

Exit codes: 0 written, 1 an input file could not be read (the rest is reported), 2 bad command line,
3 the DuckDB engine is not available or failed, 4 the output could not be written, 70 internal error.`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Milliseconds now (the "last N days" end when there is no --to). */
  now?: () => number;
}

export interface InsightsOptions {
  inputs: string[];
  out: string | null;
  json: boolean;
  from?: number;
  to?: number;
  last: number[];
  engine: 'js' | 'duckdb';
  title: string;
  quiet: boolean;
}

class UsageError extends Error {}

/** YYYY-MM-DD (a UTC day) or an ISO instant → epoch ms; `end` makes a day mean its end (exclusive). */
export function parseDate(text: string, end: boolean): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const day = Date.parse(`${text}T00:00:00Z`);
    if (Number.isFinite(day)) return end ? day + 86_400_000 : day;
  } else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const at = Date.parse(text);
    if (Number.isFinite(at)) return end ? at + 1 : at;
  }
  throw new UsageError(`not a date: ${text} (YYYY-MM-DD or an ISO 8601 instant with Z or an offset)`);
}

export function parseArgs(argv: string[]): InsightsOptions {
  const options: InsightsOptions = {
    inputs: [],
    out: null,
    json: false,
    last: [7, 28],
    engine: 'js',
    title: 'Help insights',
    quiet: false,
  };
  let outGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--out') {
      options.out = value();
      outGiven = true;
    } else if (arg === '--json') options.json = true;
    else if (arg === '--from') options.from = parseDate(value(), false);
    else if (arg === '--to') options.to = parseDate(value(), true);
    else if (arg === '--last') {
      const text = value();
      options.last =
        text === 'none'
          ? []
          : text.split(',').map((n) => {
              const days = Number(n);
              if (!Number.isInteger(days) || days < 1)
                throw new UsageError(`--last takes whole days: ${text}`);
              return days;
            });
      if (options.last.length > 5) throw new UsageError('--last takes at most 5 ranges');
    } else if (arg === '--engine') {
      const engine = value();
      if (engine !== 'js' && engine !== 'duckdb')
        throw new UsageError(`unknown engine: ${engine} (js or duckdb)`);
      options.engine = engine;
    } else if (arg === '--title') options.title = value();
    else if (arg === '--quiet') options.quiet = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0)
    throw new UsageError('no input: name NDJSON files or globs (or - for stdin)');
  if (options.from !== undefined && options.to !== undefined && options.from >= options.to)
    throw new UsageError('--from must be before --to');
  if (!outGiven && !options.json) options.out = 'insights.html';
  return options;
}

export interface Ranges {
  label: string;
  from?: number;
  to?: number;
}

export interface EngineResult {
  /** One per range, in order (the first is the whole asked range). */
  tallies: Tallies[];
  /** Inputs skipped, with why. */
  unreadable: { file: string; error: string }[];
}

/** The streaming engine: every file once, each record into one Tally per range. */
export async function runJs(inputs: string[], ranges: Ranges[]): Promise<EngineResult> {
  const tallies = ranges.map((r) => new Tally({ from: r.from, to: r.to }));
  const unreadable: EngineResult['unreadable'] = [];
  for (const pattern of inputs) {
    const files = expandGlob(pattern);
    if (files.length === 0) unreadable.push({ file: pattern, error: 'no file matches' });
    for (const file of files) {
      try {
        await eachLine(file, (text, line) => {
          if (text === '') return;
          let value: unknown;
          if (text !== null) {
            try {
              value = JSON.parse(text);
            } catch {
              value = undefined;
            }
          }
          const record = readRecord(value);
          for (const tally of tallies) {
            tally.lines++;
            if (record) tally.record(record);
            else tally.bad(file, line);
          }
        });
      } catch (error) {
        unreadable.push({ file, error: (error as Error).message });
      }
    }
  }
  return { tallies: tallies.map((t) => t.finish()), unreadable };
}

function summary(report: InsightsReport, io: Io): void {
  const { input, totals } = report;
  io.stderr(
    `insights: ${input.lines} lines, ${input.events} events in range, ${input.malformed} malformed, ${input.unknown} unknown, ${input.outOfRange} out of range; ${totals.searches} searches, deflection ${totals.deflectionRate === null ? '—' : `${(totals.deflectionRate * 100).toFixed(1)}%`}`,
  );
  for (const at of input.malformedAt) io.stderr(`  malformed: ${at.file}:${at.line}`);
  if (input.malformed > input.malformedAt.length)
    io.stderr(`  … and ${input.malformed - input.malformedAt.length} more malformed lines`);
  for (const note of input.approximations) io.stderr(`  approximate: ${note}`);
}

/** Runs the command; resolves to its exit code (never throws for bad input). */
export async function insights(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  let options: InsightsOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`pathlight insights: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const now = io.now?.() ?? Date.now();
  const ranges = lastDays(options.last, { from: options.from, to: options.to }, now);
  let result: EngineResult;
  if (options.engine === 'duckdb') {
    let runDuckDb: typeof import('./duckdb').runDuckDb;
    try {
      ({ runDuckDb } = await import('./duckdb'));
      result = await runDuckDb(options.inputs, ranges);
    } catch (error) {
      io.stderr(`pathlight insights: the DuckDB engine failed: ${(error as Error).message}`);
      return EXIT.engine;
    }
  } else result = await runJs(options.inputs, ranges);

  const reports = result.tallies.map((tallies, i) => buildReport(tallies, ranges[i]));
  const main = reports[0]!;
  for (const { file, error } of result.unreadable) io.stderr(`pathlight insights: skipped ${file}: ${error}`);
  if (!options.quiet) summary(main, io);
  if (options.json) io.stdout(`${JSON.stringify(main, null, 2)}\n`);
  if (options.out) {
    const html = renderReport(
      reports.map((report, i) => ({ label: ranges[i]!.label, report })),
      { title: options.title },
    );
    try {
      writeFileSync(options.out, html);
    } catch (error) {
      io.stderr(`pathlight insights: cannot write ${options.out}: ${(error as Error).message}`);
      return EXIT.output;
    }
    if (!options.quiet) io.stderr(`  report: ${options.out}`);
  }
  return result.unreadable.length > 0 ? EXIT.unreadable : EXIT.ok;
}
