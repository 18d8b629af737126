/**
 * `pathlight validate <files or globs…> [--json]`: checks knowledge-base feeds and guide content with the widget's
 * own validators (`pathlight/validate`) and prints every problem by its JSON path (`articles[3].title: …`). Which
 * format a file is comes from its `$schema`, else its shape. Exit codes: see VALIDATE_EXIT.
 */
import { readFileSync, statSync } from 'node:fs';
import { isObject } from '../core/validate';
import { validateContent, validateFeed } from '../validate';
import { expandGlob } from './files';
import { count, type Io, parseOr, UsageError } from './usage';

export const VALIDATE_EXIT = {
  /** Every file is valid: no problem at all. */
  ok: 0,
  /** A file has problems (each printed with its path), or its format cannot be told. */
  problems: 1,
  /** Bad command line, or a file cannot be read or is not JSON. */
  usage: 2,
} as const;

export const VALIDATE_USAGE = `Usage: pathlight validate <files or globs…> [--json]

  Checks knowledge-base feeds (kb.en.json) and guide content (guides.json) with the widget's own validators and
  prints every problem by its JSON path. A file's format comes from its "$schema" (feed.schema.json or
  content.schema.json), else from its shape ("articles": a feed; tours, tips, checklists, announcements or surveys:
  guide content).

  --json              print the results as JSON on stdout

Exit codes: 0 no problem, 1 problems found (or a file's format cannot be told), 2 bad command line or a file that
cannot be read or is not JSON, 70 internal error.`;

/** Biggest file read (bytes): a feed is held whole to validate it; beyond this it is refused, not read. */
export const MAX_JSON = 256 * 1024 * 1024;

export type Format = 'feed' | 'guides';

export interface FileResult {
  file: string;
  format?: Format;
  /** `path: problem` messages of the validator, or why the file could not be checked. */
  problems: string[];
  /** The file could not be read or parsed (exit 2). */
  unreadable?: boolean;
  /** Articles (feeds) or items (guides) that the widget would load. */
  kept?: number;
  dropped?: number;
}

const GUIDE_LISTS = ['tours', 'tips', 'checklists', 'announcements', 'surveys'];

/** Which format a parsed file is: by its `$schema`, else by its shape; undefined when neither tells. */
export function formatOf(json: unknown): Format | undefined {
  if (!isObject(json)) return undefined;
  const schema = typeof json.$schema === 'string' ? json.$schema : '';
  if (/feed\.schema\.json$/.test(schema)) return 'feed';
  // guides.schema.json: the guide content schema's name before it covered surveys too.
  if (/(content|guides)\.schema\.json$/.test(schema)) return 'guides';
  if ('articles' in json) return 'feed';
  if (GUIDE_LISTS.some((key) => key in json)) return 'guides';
  return undefined;
}

/** `Unexpected token } in JSON at position 120` → the line and column of position 120. */
function jsonError(text: string, error: Error): string {
  const at = /position (\d+)/.exec(error.message);
  if (!at) return error.message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${error.message.replace(/ in JSON at position \d+.*$/, '')}`;
}

/** Checks one parsed file. Pure. */
export function validateJson(file: string, json: unknown): FileResult {
  const format = formatOf(json);
  if (!format)
    return {
      file,
      problems: [
        `not a feed or guide content: no "articles", no ${GUIDE_LISTS.join('/')} lists and no "$schema" naming feed.schema.json or content.schema.json`,
      ],
    };
  if (format === 'feed') {
    const { feed, problems, droppedArticles } = validateFeed(json);
    return { file, format, problems, kept: feed?.articles.length ?? 0, dropped: droppedArticles };
  }
  const { content, problems, dropped } = validateContent(json);
  const kept = Object.values(content).reduce((sum, list) => sum + list.length, 0);
  return { file, format, problems, kept, dropped };
}

/** Reads and checks one file; never throws for bad input. */
export function validateFile(file: string): FileResult {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_JSON)
      return { file, problems: [`${size} bytes: larger than ${MAX_JSON}`], unreadable: true };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, problems: [`cannot read: ${(error as Error).message}`], unreadable: true };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { file, problems: [`not JSON: ${jsonError(text, error as Error)}`], unreadable: true };
  }
  return validateJson(file, json);
}

export function parseValidateArgs(argv: string[]): { files: string[]; json: boolean } {
  const files: string[] = [];
  let json = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('no file given: name feeds or guide content files (or globs)');
  return { files, json };
}

export function validate(argv: string[], io: Io): number {
  const parsed = parseOr('validate', VALIDATE_USAGE, argv, io, parseValidateArgs);
  if ('exit' in parsed) return parsed.exit;
  const { files, json } = parsed.options;
  const results: FileResult[] = [];
  for (const pattern of files) {
    const matched = expandGlob(pattern);
    if (matched.length === 0)
      results.push({ file: pattern, problems: ['no file matches'], unreadable: true });
    for (const file of matched) results.push(validateFile(file));
  }
  if (json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const result of results) {
      const what = result.format
        ? ` (${result.format}: ${count(result.kept ?? 0, result.format === 'feed' ? 'article' : 'item')} load, ${result.dropped} dropped)`
        : '';
      const { length } = result.problems;
      io.stdout(`${result.file}: ${length === 0 ? 'ok' : count(length, 'problem')}${what}\n`);
      for (const problem of result.problems) io.stdout(`  ${problem}\n`);
    }
  if (results.some((r) => r.unreadable)) return VALIDATE_EXIT.usage;
  return results.some((r) => r.problems.length > 0) ? VALIDATE_EXIT.problems : VALIDATE_EXIT.ok;
}
