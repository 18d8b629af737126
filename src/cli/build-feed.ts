/**
 * `pathlight build-feed <folder> [--out <folder>] [--split] [--quiet]`: a folder of Markdown articles with front matter, one
 * subfolder per locale (`help/en/*.md`, `help/pl/*.md`), becomes one knowledge-base feed per locale
 * (`kb.en.json`, `kb.pl.json`), each checked by the widget's own feed validator before it is written. A file that
 * cannot be used is skipped and named with its line; it never stops the others. `--split` writes each feed as a
 * manifest (everything search uses, `bodyUrl` instead of `body`) plus one body file per article. Exit codes: see EXIT.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { videoProviderOf } from '../content/media';
import { didYouMean, isObject, type Json } from '../core/validate';
import { plain } from '../kb/search/text';
import { isLocale, validateFeed } from '../kb/validate';
import type { Article, KnowledgeBaseFeed } from '../types';
import { isDir } from './files';
import { FrontMatterError, readFrontMatter } from './front-matter';
import { count, type Io, parseOr, UsageError } from './usage';
import { readVtt } from './vtt';

export const BUILD_EXIT = {
  /** Every article file went into a feed. */
  ok: 0,
  /** Some files (or a locale's categories.json) were skipped, each named with its line; the rest was written. */
  skipped: 1,
  /** Bad command line, or the folder cannot be read or has no locale folders. Nothing written. */
  usage: 2,
  /** A feed could not be written. */
  output: 4,
} as const;

export const BUILD_USAGE = `Usage: pathlight build-feed <folder> [--out <folder>] [--split] [--quiet]

  Turns Markdown articles with front matter, one subfolder per locale (help/en/*.md, help/pl/*.md), into one
  knowledge-base feed per locale: <out>/kb.<locale>.json, checked by the widget's own validator.

  Front matter: id (default: the file name), title, summary, keywords, category, tags, url, updated, contexts,
  video: { src, poster, duration, transcript, chapters, provider }. A WebVTT file next to the article
  (<name>.vtt) is its video's transcript. <locale>/categories.json: [{ id, title, parent?, icon? }], optional.

  --out <folder>      where the feeds go (default: the input folder)
  --split             for large help centers (thousands of articles): each feed becomes a manifest (titles,
                      summaries, keywords, headings, transcripts: what search uses) with a bodyUrl per article,
                      and the bodies go to <out>/bodies/<locale>/<id>.md, fetched when an article opens
  --quiet             no summary, only problems

Exit codes: 0 every file built, 1 some files were skipped (each named with file:line), 2 bad command line or
unreadable folder, 4 a feed could not be written, 70 internal error.`;

export interface BuildOptions {
  input: string;
  out: string;
  quiet: boolean;
  /** Write a manifest and one body file per article instead of one whole feed. */
  split?: boolean;
}

export function parseBuildArgs(argv: string[]): BuildOptions {
  let out: string | undefined;
  let quiet = false;
  let split = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      out = argv[++i];
      if (out === undefined) throw new UsageError('--out needs a folder');
    } else if (arg === '--quiet') quiet = true;
    else if (arg === '--split') split = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1)
    throw new UsageError(inputs.length ? 'name one folder' : 'no folder given (the one with en/, pl/…)');
  return { input: inputs[0]!, out: out ?? inputs[0]!, quiet, ...(split ? { split } : {}) };
}

/** Biggest article file read (bytes): a help article is a few KB; anything far larger is not one. */
export const MAX_FILE = 4 * 1024 * 1024;

/** Front matter keys read (`updated` and `updatedAt` are the same field). */
const KEYS = [
  'id',
  'title',
  'summary',
  'keywords',
  'category',
  'tags',
  'url',
  'updated',
  'updatedAt',
  'contexts',
  'video',
];
const VIDEO_KEYS = ['src', 'poster', 'duration', 'transcript', 'chapters', 'provider'];
const LISTS = ['keywords', 'tags', 'contexts'];
const ORDER = [
  'id',
  'title',
  'summary',
  'category',
  'tags',
  'keywords',
  'contexts',
  'url',
  'updatedAt',
  'format',
  'body',
  'video',
];

/** A problem in one file, at a line (0 when it is about the file as a whole). */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface LocaleResult {
  locale: string;
  /** Where the feed was written, or undefined when it was not (no usable article, or the write failed). */
  file?: string;
  feed?: KnowledgeBaseFeed;
  articles: number;
  /** Article files left out. */
  skipped: number;
  bytes: number;
  gzip: number;
  /** `--split`: the body files written, and their bytes in all. */
  bodies?: { files: number; bytes: number; largest: number };
}

export interface BuildResult {
  locales: LocaleResult[];
  /** Skipped files and other problems, each with its place. */
  problems: Problem[];
  /** What was used but is worth knowing (an unknown front matter key, a transcript without a video). */
  notes: Problem[];
  skipped: number;
  /** Feeds that could not be written. */
  unwritten: Problem[];
}

/** An article as it was read from its file, and where its fields are. */
interface Source {
  file: string;
  article: Json;
  lines: Map<string, number>;
  /** The line the body starts on. */
  bodyLine: number;
}

const humanize = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** `90`, `"1:30"`, `"01:02:03"` → seconds; anything else as it is (the validator names it). */
const duration = (value: unknown): unknown =>
  typeof value === 'string' && /^\d+(:\d{1,2}){1,2}$/.test(value)
    ? value.split(':').reduce((total, part) => total * 60 + Number(part), 0)
    : value;

/**
 * All `.md` files under a folder, sorted, dot files and `_` files left out. A subfolder that cannot be read is
 * a problem of its own, not the end of the build.
 */
function markdownFiles(dir: string, problems: Problem[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    problems.push({ file: dir, line: 0, message: `cannot read: ${(error as Error).message}` });
    return [];
  }
  const found: string[] = [];
  for (const name of names) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const path = join(dir, name);
    if (isDir(path)) found.push(...markdownFiles(path, problems));
    else if (name.endsWith('.md')) found.push(path);
  }
  return found;
}

/** Reads one article file into the feed's shape; throws {@link FrontMatterError} when it cannot be read. */
function readArticle(path: string, notes: Problem[]): Source {
  const size = statSync(path).size;
  if (size > MAX_FILE)
    throw new FrontMatterError(0, `${size} bytes: larger than ${MAX_FILE} (not an article?)`);
  const text = readFileSync(path, 'utf8');
  const { data, body, lines } = readFrontMatter(text);
  const frontLines = text.split(/\r?\n/).length - body.split(/\r?\n/).length;
  const article: Json = {};
  for (const [key, value] of Object.entries(data)) {
    if (!KEYS.includes(key)) {
      const close = didYouMean(key, KEYS);
      notes.push({
        file: path,
        line: lines.get(key) ?? 1,
        message: `${key}: unknown front matter key, ignored${close ? ` (did you mean ${close}?)` : ''}`,
      });
      continue;
    }
    const field = key === 'updated' ? 'updatedAt' : key;
    // `tags: billing` means a list of one.
    article[field] = LISTS.includes(key) && typeof value === 'string' ? [value] : value;
    if (field !== key && lines.has(key)) lines.set(field, lines.get(key)!);
  }
  article.id ??= basename(path, '.md');
  if (typeof article.id === 'number') article.id = String(article.id);
  article.format = 'markdown';
  article.body = body.trim();
  // The feed's own order, so a built feed reads like a written one (id first, body and video last).
  const ordered: Json = {};
  for (const key of ORDER) if (key in article) ordered[key] = article[key];
  const vtt = path.replace(/\.md$/, '.vtt');
  // `video: https://youtu.be/…` is the short way to give only its src.
  if (typeof ordered.video === 'string') ordered.video = { src: ordered.video };
  if (isObject(ordered.video)) ordered.video = readVideo(ordered.video, path, vtt, lines, notes);
  else if (existsSync(vtt))
    notes.push({
      file: vtt,
      line: 0,
      message: 'a transcript, but the article has no video: not used',
    });
  return { file: path, article: ordered, lines, bodyLine: frontLines + 1 };
}

function readVideo(
  raw: Json,
  path: string,
  sibling: string,
  lines: Map<string, number>,
  notes: Problem[],
): Json {
  const video: Json = {};
  for (const [key, value] of Object.entries(raw)) {
    if (VIDEO_KEYS.includes(key)) video[key] = value;
    else {
      const close = didYouMean(key, VIDEO_KEYS);
      notes.push({
        file: path,
        line: lines.get(`video.${key}`) ?? lines.get('video') ?? 1,
        message: `video.${key}: unknown key, ignored${close ? ` (did you mean ${close}?)` : ''}`,
      });
    }
  }
  if (typeof video.src === 'string' && video.provider === undefined)
    video.provider = videoProviderOf(video.src);
  video.duration = duration(video.duration);
  if (video.duration === undefined) delete video.duration;
  // A transcript is a list in the front matter, a .vtt file it names, or the .vtt file next to the article.
  const named = typeof video.transcript === 'string' ? join(dirname(path), video.transcript) : undefined;
  const file = named ?? (video.transcript === undefined && existsSync(sibling) ? sibling : undefined);
  if (file) {
    try {
      const size = statSync(file).size;
      if (size > MAX_FILE) throw new Error(`${size} bytes: larger than ${MAX_FILE}`);
      video.transcript = readVtt(readFileSync(file, 'utf8'));
    } catch (error) {
      const line = error instanceof FrontMatterError ? error.line : 0;
      throw new FrontMatterError(
        lines.get('video.transcript') ?? lines.get('video') ?? 1,
        `video.transcript: ${file}${line ? `:${line}` : ''}: ${(error as Error).message}`,
      );
    }
  }
  return video;
}

/** The line a validator's path (`video.src`, after `articles[3].`) points at: its key's, else its owner's. */
function lineOf(source: Source, path: string): number {
  if (path === 'body') return source.bodyLine;
  let at = path;
  while (at !== '') {
    const line = source.lines.get(at);
    if (line !== undefined) return line;
    const owner = at.replace(/(?:\.[^.[\]]+|\[\d+\]|^[^.[\]]+)$/, '');
    if (owner === at) break;
    at = owner;
  }
  return 1;
}

/** `categories.json` of a locale folder, when it has one: its list, or a problem. */
function readCategories(dir: string, shown: string, problems: Problem[]): unknown[] {
  const path = join(dir, 'categories.json');
  if (!existsSync(path)) return [];
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const list = isObject(json) ? json.categories : json;
    if (Array.isArray(list)) return list;
    problems.push({
      file: shown,
      line: 1,
      message: 'expected a list of { id, title } (or { categories: [...] })',
    });
  } catch (error) {
    problems.push({ file: shown, line: 0, message: (error as Error).message });
  }
  return [];
}

/**
 * Builds one locale's feed from its folder: pure apart from reading files. Files are named as the command line
 * named the folder (relative to where it runs), so editors open them from the message.
 */
export function buildLocale(
  dir: string,
  locale: string,
): { feed?: KnowledgeBaseFeed; articles: number; skipped: number; problems: Problem[]; notes: Problem[] } {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  let skipped = 0;
  const sources: Source[] = [];
  for (const path of markdownFiles(dir, problems)) {
    try {
      sources.push(readArticle(path, notes));
    } catch (error) {
      if (!(error instanceof FrontMatterError) && !(error as NodeJS.ErrnoException).code) throw error;
      skipped++;
      const line = error instanceof FrontMatterError ? error.line : 0;
      problems.push({ file: path, line, message: (error as Error).message });
    }
  }
  const categoriesFile = join(dir, 'categories.json');
  const categories = readCategories(dir, categoriesFile, problems);
  // A category an article names but categories.json does not list gets its id, humanized, as its title.
  const listed = new Set(categories.map((c) => (isObject(c) ? c.id : undefined)));
  for (const { article } of sources) {
    const id = article.category;
    if (typeof id === 'string' && id.trim() !== '' && !listed.has(id)) {
      listed.add(id);
      categories.push({ id, title: humanize(id) });
    }
  }
  // Each article on its own first, so that every problem belongs to one file and a skipped one is told from a kept one.
  const kept: Json[] = [];
  const owner = new Map<string, string>();
  for (const source of sources) {
    const { feed, problems: found } = validateFeed({
      version: 1,
      locale,
      categories,
      articles: [source.article],
    });
    const fromArticle = found.filter((problem) => problem.startsWith('articles['));
    const id = source.article.id as string;
    const taken = feed && owner.get(id);
    for (const problem of fromArticle) {
      const [, path = '', message = problem] = /^articles\[0\]\.?([^:]*): (.*)$/.exec(problem) ?? [];
      const list = feed ? notes : problems;
      list.push({
        file: source.file,
        line: lineOf(source, path),
        message: path ? `${path}: ${message}` : message,
      });
    }
    if (taken) {
      problems.push({
        file: source.file,
        line: lineOf(source, 'id'),
        message: `id: "${id}" is already used by ${taken}`,
      });
    }
    if (!feed || taken) {
      skipped++;
      continue;
    }
    owner.set(id, source.file);
    kept.push(source.article);
  }
  // The whole feed, as it will be written: what the widget's validator returns, checked once more as it is.
  const { feed, problems: found } = validateFeed({ version: 1, locale, categories, articles: kept });
  for (const problem of found) {
    if (problem.startsWith('articles['))
      throw new Error(`the ${locale} feed changed between checks: ${problem}`);
    problems.push({ file: categoriesFile, line: 0, message: problem });
  }
  const keptCount = kept.length;
  if (feed) {
    const again = validateFeed(JSON.parse(JSON.stringify(feed)));
    if (again.problems.length > 0 || again.feed?.articles.length !== keptCount)
      throw new Error(`the built ${locale} feed does not validate: ${again.problems.join('; ')}`);
  }
  return { feed: keptCount > 0 ? feed : undefined, articles: keptCount, skipped, problems, notes };
}

/** Where `--split` puts bodies, relative to the feed: `bodies/<locale>/`. */
export const BODIES_DIR = 'bodies';

/** A Markdown body's headings (ATX `#` lines outside code fences), as plain text; an HTML body's h1–h6. */
export function headingsOf(body: string, format: Article['format']): string[] {
  const found: string[] = [];
  if (format === 'html') {
    for (const [, inner = ''] of body.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/gi))
      found.push(plain(inner));
  } else {
    let fence: string | undefined;
    for (const line of body.split(/\r?\n/)) {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker.slice(0, 3);
      else if (!fence) {
        const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
        if (heading) found.push(plain(heading));
      }
    }
  }
  return found.filter((text) => text !== '');
}

/**
 * A file name for an article's body: its id when that is a plain name, else a slug of it with a hash of the id
 * (ids may hold `/`, spaces, letters a file system folds). Never two the same within one feed.
 */
function bodyFile(id: string, format: Article['format'], taken: Set<string>): string {
  const ext = format === 'html' ? '.html' : '.md';
  const slug = id
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  // Case-insensitive file systems (macOS, Windows) would take "Reset" and "reset" for one file.
  let name =
    slug === id && slug !== '' && !taken.has(slug.toLowerCase()) ? slug : `${slug || 'article'}-${hash}`;
  while (taken.has(name.toLowerCase())) name += `-${hash}`;
  taken.add(name.toLowerCase());
  return name + ext;
}

/**
 * A feed as a manifest and its bodies: each article keeps every field but `body`, gains `bodyUrl` (relative to the
 * feed, `bodies/<locale>/<file>`) and `headings` (for search and snippets); `bodies` maps each such path to its text.
 * Pure: `buildFeeds` writes the files.
 * @example
 * const { manifest, bodies } = splitFeed(feed, 'en');
 * // manifest.articles[0]: { id: 'reset', title: …, bodyUrl: 'bodies/en/reset.md', headings: ['Steps'] }
 */
export function splitFeed(
  feed: KnowledgeBaseFeed,
  locale: string,
): { manifest: KnowledgeBaseFeed; bodies: Map<string, string> } {
  const bodies = new Map<string, string>();
  const taken = new Set<string>();
  const articles = feed.articles.map((article) => {
    const { body = '', ...rest } = article;
    const bodyUrl = `${BODIES_DIR}/${locale}/${bodyFile(article.id, article.format, taken)}`;
    bodies.set(bodyUrl, body);
    const headings = article.headings ?? headingsOf(body, article.format);
    const out: Article = { ...rest, bodyUrl };
    if (headings.length) out.headings = headings;
    // The body, the largest field, goes; the video (its transcript is searched) stays, last as in a whole feed.
    if (rest.video) {
      delete out.video;
      out.video = rest.video;
    }
    return out;
  });
  return { manifest: { ...feed, articles }, bodies };
}

/** Builds every locale's feed and writes them; never throws for bad input. */
export function buildFeeds(options: BuildOptions): BuildResult {
  let names: string[];
  try {
    names = readdirSync(options.input).sort();
  } catch (error) {
    throw new UsageError(`cannot read ${options.input}: ${(error as Error).message}`);
  }
  const dirs = names.filter((name) => !name.startsWith('.') && isDir(join(options.input, name)));
  const locales = dirs.filter((name) => isLocale(name));
  if (locales.length === 0)
    throw new UsageError(`no locale folders in ${options.input} (expected en/, pl/… with .md files in them)`);
  const result: BuildResult = { locales: [], problems: [], notes: [], skipped: 0, unwritten: [] };
  for (const name of dirs)
    if (!isLocale(name))
      result.notes.push({
        file: join(options.input, name),
        line: 0,
        message: 'not a locale tag (such as en or pt-BR): left out',
      });
  for (const locale of locales) {
    const built = buildLocale(join(options.input, locale), locale);
    result.problems.push(...built.problems);
    result.notes.push(...built.notes);
    result.skipped += built.skipped;
    const row: LocaleResult = { locale, articles: built.articles, skipped: built.skipped, bytes: 0, gzip: 0 };
    result.locales.push(row);
    if (!built.feed) continue;
    const split = options.split ? splitFeed(built.feed, locale) : undefined;
    const text = JSON.stringify(split?.manifest ?? built.feed);
    const file = join(options.out, `kb.${locale}.json`);
    try {
      if (split) {
        // The manifest must read as the widget will read it: every article kept, every bodyUrl usable.
        const again = validateFeed(JSON.parse(text));
        if (again.problems.length > 0 || again.feed?.articles.length !== built.articles)
          throw new Error(`the ${locale} manifest does not validate: ${again.problems.join('; ')}`);
        mkdirSync(join(options.out, BODIES_DIR, locale), { recursive: true });
        const sizes = [...split.bodies].map(([path, body]) => {
          writeFileSync(join(options.out, path), body);
          return Buffer.byteLength(body);
        });
        row.bodies = {
          files: sizes.length,
          bytes: sizes.reduce((a, b) => a + b, 0),
          largest: Math.max(0, ...sizes),
        };
      }
      mkdirSync(options.out, { recursive: true });
      writeFileSync(file, text);
      Object.assign(row, {
        file,
        feed: built.feed,
        bytes: Buffer.byteLength(text),
        gzip: gzipSync(text).length,
      });
    } catch (error) {
      result.unwritten.push({ file, line: 0, message: (error as Error).message });
    }
  }
  return result;
}

export const place = (p: Problem) => `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function buildFeed(argv: string[], io: Io): number {
  const parsed = parseOr('build-feed', BUILD_USAGE, argv, io, parseBuildArgs);
  if ('exit' in parsed) return parsed.exit;
  const { options } = parsed;
  let result: BuildResult;
  try {
    result = buildFeeds(options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`pathlight build-feed: ${error.message}`);
    return BUILD_EXIT.usage;
  }
  for (const problem of result.problems) io.stderr(`skipped ${place(problem)}`);
  for (const note of result.notes) io.stderr(`note: ${place(note)}`);
  for (const failed of result.unwritten) io.stderr(`pathlight build-feed: cannot write ${place(failed)}`);
  if (!options.quiet) {
    for (const row of result.locales) {
      const where = row.file ?? 'not written (no usable article)';
      const size = row.file ? `  ${kb(row.bytes)}, ${kb(row.gzip)} gzip` : '';
      const bodies = row.bodies
        ? `; ${row.bodies.files} bod${row.bodies.files === 1 ? 'y' : 'ies'} in ${join(options.out, BODIES_DIR, row.locale)} (${kb(row.bodies.bytes)}, largest ${kb(row.bodies.largest)})`
        : '';
      io.stdout(
        `${row.locale.padEnd(6)} ${String(row.articles).padStart(4)} article${row.articles === 1 ? ' ' : 's'}${row.skipped ? `, ${row.skipped} skipped` : ''}  ${where}${size}${bodies}\n`,
      );
    }
    const total = result.locales.reduce((sum, row) => sum + row.articles, 0);
    const feeds = result.locales.filter((r) => r.file).length;
    io.stdout(
      `${count(total, 'article')} in ${count(feeds, 'feed')}, ${count(result.skipped, 'file')} skipped.\n`,
    );
  }
  if (result.unwritten.length > 0) return BUILD_EXIT.output;
  return result.skipped > 0 || result.problems.length > 0 ? BUILD_EXIT.skipped : BUILD_EXIT.ok;
}
