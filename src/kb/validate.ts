// The content module's parts, not its index: the index also brings the player and Markdown into this chunk.
import { VIDEO_PROVIDERS, videoHosts, videoSource } from '../content/media';
import { safeUrl } from '../content/urls';
import { sliced, unsliced } from '../core/slices';
import { urlPatternError } from '../core/url-match';
import {
  defined,
  didYouMean,
  type Findings,
  findings,
  isObject,
  isOneOf,
  isString,
  isText,
  type Json,
} from '../core/validate';
import type { Article, Category, KnowledgeBaseFeed, Video } from '../types';
import { looksLikeUrl, TOPIC_ICON_NAMES, TOPIC_ICONS } from './topic-icons';

/** The feed format version this build reads. */
export const FEED_VERSION = 1;

/** What {@link validateFeed} returns. */
export interface FeedValidation {
  /**
   * The usable feed: bad articles and categories dropped, `format` defaulted to `markdown`, `null`
   * optional fields removed, unknown fields kept. `undefined` when the feed cannot be used at all.
   */
  feed: KnowledgeBaseFeed | undefined;
  /** One message per problem, `path: problem`, in document order. */
  problems: string[];
  /** How many articles were dropped. */
  droppedArticles: number;
}

const isSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const LOCALE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Optional field: absent or `null` reads as not set (and is removed); a wrong type fails the owner. */
function optional<T>(
  owner: Json,
  key: string,
  path: string,
  found: Findings,
  ok: (value: unknown) => value is T,
  expected: string,
): T | undefined {
  const value = owner[key];
  if (value === undefined || value === null) {
    delete owner[key];
    return undefined;
  }
  if (ok(value)) return value;
  found.fail(`${path}.${key}`, `expected ${expected}`);
  return undefined;
}

/** An optional list; each entry that `read` cannot use fails the owner. */
function optionalList<T>(
  owner: Json,
  key: string,
  path: string,
  found: Findings,
  expected: string,
  read: (entry: unknown, at: string) => T | undefined,
): T[] | undefined {
  const value = owner[key];
  if (value === undefined || value === null) {
    delete owner[key];
    return undefined;
  }
  if (!Array.isArray(value)) {
    found.fail(`${path}.${key}`, `expected ${expected}`);
    return undefined;
  }
  const out: T[] = [];
  value.forEach((entry, i) => {
    const item = read(entry, `${path}.${key}[${i}]`);
    if (item !== undefined) out.push(item);
  });
  return out;
}

function stringList(owner: Json, key: string, path: string, found: Findings): string[] | undefined {
  return optionalList(owner, key, path, found, 'an array of strings', (item, at) => {
    if (typeof item === 'string') return item;
    found.fail(at, 'expected a string');
    return undefined;
  });
}

/** The `at` of a chapter or transcript line, in seconds. */
function seconds(entry: Json, at: string, found: Findings): number | undefined {
  if (isSeconds(entry.at)) return entry.at;
  found.fail(`${at}.at`, 'expected seconds as a number');
  return undefined;
}

function checkVideo(article: Json, path: string, found: Findings): Video | undefined {
  const raw = article.video;
  if (raw === undefined || raw === null) {
    delete article.video;
    return undefined;
  }
  const at = `${path}.video`;
  if (!isObject(raw)) {
    found.fail(at, 'expected an object');
    return undefined;
  }
  const video: Json = { ...raw };
  const provider = isOneOf(VIDEO_PROVIDERS, video.provider) ? video.provider : undefined;
  let src: string | undefined;
  if (!provider) {
    found.fail(`${at}.provider`, `expected one of ${VIDEO_PROVIDERS.join(', ')}`);
  } else if (typeof video.src === 'string' && videoSource(video)) {
    // The player's own rule: an article is kept exactly when its video would play.
    src = video.src;
  } else {
    found.fail(
      `${at}.src`,
      provider === 'file'
        ? 'expected an http(s) or relative URL of a video file'
        : `expected an https URL on ${videoHosts(provider)}`,
    );
  }
  const duration = optional(video, 'duration', at, found, isSeconds, 'seconds as a number');
  const poster = optional(video, 'poster', at, found, safeUrl, URL_TEXT);
  const chapters = optionalList(video, 'chapters', at, found, 'an array', (entry, where) => {
    if (!isObject(entry)) {
      found.fail(where, 'expected an object');
      return undefined;
    }
    const time = seconds(entry, where, found);
    if (!isText(entry.title)) found.fail(`${where}.title`, 'expected a non-empty string');
    else if (time !== undefined) return { ...entry, at: time, title: entry.title };
    return undefined;
  });
  const transcript = optionalList(video, 'transcript', at, found, 'an array', (entry, where) => {
    if (!isObject(entry)) {
      found.fail(where, 'expected an object');
      return undefined;
    }
    const time = seconds(entry, where, found);
    if (!isString(entry.text)) found.fail(`${where}.text`, 'expected a string');
    else if (time !== undefined) return { ...entry, at: time, text: entry.text };
    return undefined;
  });
  if (!provider || src === undefined) return undefined;
  return { ...video, provider, src, ...defined({ duration, poster, chapters, transcript }) };
}

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
/** A locale tag as feeds name them (`en`, `pt-BR`). */
export const isLocale = (v: unknown): v is string => typeof v === 'string' && LOCALE_TAG.test(v);
const FORMATS = ['markdown', 'html'] as const;
const URL_TEXT = 'an http(s) or relative URL';

/** The article, or undefined when it cannot be used (each reason is in `found.fatal`). */
function checkArticle(
  raw: unknown,
  path: string,
  found: Findings,
  seen: Map<string, string>,
): Article | undefined {
  if (!isObject(raw)) {
    found.fail(path, 'expected an object');
    return undefined;
  }
  const article: Json = { ...raw };
  const { id, title } = article;
  if (!isText(id)) found.fail(`${path}.id`, 'expected a non-empty string');
  else if (seen.has(id)) found.fail(`${path}.id`, `"${id}" is already used by ${seen.get(id)}`);
  if (!isText(title)) found.fail(`${path}.title`, 'expected a non-empty string');
  // A split feed's article has its body elsewhere (`bodyUrl`); an inline body wins over it.
  const body = optional(article, 'body', path, found, isString, 'a string');
  if (body !== undefined) delete article.bodyUrl;
  const bodyUrl = optional(article, 'bodyUrl', path, found, safeUrl, URL_TEXT);
  if (article.body === undefined && article.bodyUrl === undefined)
    found.fail(`${path}.body`, 'expected a string, or a bodyUrl');
  const format = article.format ?? 'markdown';
  if (!isOneOf(FORMATS, format)) found.fail(`${path}.format`, 'expected "markdown" or "html"');
  const summary = optional(article, 'summary', path, found, isString, 'a string');
  const category = optional(article, 'category', path, found, isString, 'a string');
  const tags = stringList(article, 'tags', path, found);
  const keywords = stringList(article, 'keywords', path, found);
  const headings = stringList(article, 'headings', path, found);
  const url = optional(article, 'url', path, found, safeUrl, URL_TEXT);
  const updatedAt = optional(article, 'updatedAt', path, found, isDate, 'an ISO 8601 date');
  const locale = optional(article, 'locale', path, found, isLocale, 'a locale tag such as "en"');
  const contexts = optionalList(
    article,
    'contexts',
    path,
    found,
    'an array of URL patterns',
    (pattern, at) => {
      const error = urlPatternError(pattern);
      if (error) found.fail(at, `invalid URL pattern (${error})`);
      return isString(pattern) && !error ? pattern : undefined;
    },
  );
  const video = checkVideo(article, path, found);
  if (found.fatal.length > 0 || !isText(id) || !isText(title) || !isOneOf(FORMATS, format)) return undefined;
  // Only a kept article claims its id, so a later good copy of a broken one still loads.
  seen.set(id, path);
  const fields = {
    body,
    bodyUrl,
    summary,
    category,
    tags,
    keywords,
    headings,
    url,
    updatedAt,
    locale,
    contexts,
    video,
  };
  return { ...article, id, title, format, ...defined(fields) } as Article;
}

function checkCategories(raw: unknown, problems: string[]): Category[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push('categories: expected an array');
    return [];
  }
  const kept: Category[] = [];
  // id → index in the feed, for the paths of parent problems.
  const ids = new Map<string, number>();
  raw.forEach((entry, i) => {
    const path = `categories[${i}]`;
    const found = findings();
    const category = checkCategory(entry, path, found, ids);
    problems.push(...found.fatal, ...found.notes);
    if (!category) return;
    ids.set(category.id, i);
    kept.push(category);
  });
  // Parents are checked once every id is known; a dangling or circular parent is dropped, the category kept.
  const byId = new Map(kept.map((c) => [c.id, c]));
  kept.forEach((category) => {
    if (category.parent === undefined) return;
    const path = `categories[${ids.get(category.id)}].parent`;
    if (!byId.has(category.parent)) {
      problems.push(`${path}: unknown category "${category.parent}"`);
      delete category.parent;
      return;
    }
    const chain = [category.id];
    for (let at = byId.get(category.parent); at; at = at.parent ? byId.get(at.parent) : undefined) {
      chain.push(at.id);
      if (at.id === category.id) {
        problems.push(`${path}: circular (${chain.join(' → ')})`);
        delete category.parent;
        return;
      }
      if (chain.length > kept.length + 1) return;
    }
  });
  return kept;
}

function checkCategory(
  entry: unknown,
  path: string,
  found: Findings,
  ids: ReadonlyMap<string, number>,
): Category | undefined {
  if (!isObject(entry)) {
    found.fail(path, 'expected an object');
    return undefined;
  }
  const category: Json = { ...entry };
  const { id, title } = category;
  if (!isText(id)) found.fail(`${path}.id`, 'expected a non-empty string');
  else if (ids.has(id)) found.fail(`${path}.id`, `"${id}" is already used`);
  if (!isText(title)) found.fail(`${path}.title`, 'expected a non-empty string');
  const parent = optional(category, 'parent', path, found, isString, 'a string');
  checkIcon(category, path, found);
  if (found.fatal.length > 0 || !isText(id) || !isText(title)) return undefined;
  return { ...category, id, title, ...defined({ parent }) };
}

/** A topic icon that is neither a built-in name nor a URL the content rules accept is dropped, with a note. */
function checkIcon(category: Json, path: string, found: Findings): void {
  const { icon } = category;
  if (icon === undefined || icon === null) {
    delete category.icon;
    return;
  }
  if (typeof icon === 'string' && (Object.hasOwn(TOPIC_ICONS, icon) || (looksLikeUrl(icon) && safeUrl(icon))))
    return;
  delete category.icon;
  const close =
    typeof icon === 'string' && !looksLikeUrl(icon) ? didYouMean(icon, TOPIC_ICON_NAMES) : undefined;
  found.note(
    `${path}.icon`,
    `expected a built-in icon (${TOPIC_ICON_NAMES.join(', ')}) or an https:, http: or relative image URL` +
      (close ? `; did you mean "${close}"?` : '; the folder icon is used'),
  );
}

function checkSynonyms(raw: unknown, problems: string[]): Record<string, string[]> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    problems.push('synonyms: expected an object of word → array of words');
    return undefined;
  }
  const out: Record<string, string[]> = {};
  for (const [word, list] of Object.entries(raw)) {
    if (Array.isArray(list) && list.every((item) => typeof item === 'string')) out[word] = list;
    else problems.push(`synonyms[${JSON.stringify(word)}]: expected an array of strings`);
  }
  return out;
}

/** How a feed's text becomes JSON: `JSON.parse` in one go, or in steps (`parseJsonSteps`, the `bigfeed` chunk). */
export type ParseSteps = (text: string) => Generator<void, unknown>;

/** The checks of {@link validateFeed} as steps, one `yield` per article (and the parser's steps before them). */
function* checkFeed(input: unknown, parse?: ParseSteps): Generator<void, FeedValidation> {
  const problems: string[] = [];
  const unusable = (problem: string, droppedArticles = 0): FeedValidation => ({
    feed: undefined,
    problems: [...problems, problem],
    droppedArticles,
  });
  let json = input;
  if (typeof input === 'string') {
    try {
      json = parse ? yield* parse(input) : JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return unusable(`feed: not valid JSON (${reason})`);
    }
  }
  if (!isObject(json)) return unusable('feed: expected an object');
  if (json.version !== FEED_VERSION) return unusable(`version: expected ${FEED_VERSION}`);
  if (!Array.isArray(json.articles)) return unusable('articles: expected an array');

  const { locale: rawLocale, synonyms: rawSynonyms, ...rest } = json;
  let locale: string | undefined;
  if (isLocale(rawLocale)) locale = rawLocale;
  else if (rawLocale !== undefined && rawLocale !== null)
    problems.push('locale: expected a locale tag such as "en"');
  const categories = checkCategories(json.categories, problems);
  const synonyms = checkSynonyms(rawSynonyms, problems);

  const categoryIds = new Set(categories.map((c) => c.id));
  const seen = new Map<string, string>();
  const articles: Article[] = [];
  const raws = json.articles;
  for (let i = 0; i < raws.length; i++) {
    // Holes in an array handed in as an object are skipped, as forEach did.
    if (!(i in raws)) continue;
    const path = `articles[${i}]`;
    const found = findings();
    const article = checkArticle(raws[i], path, found, seen);
    if (article?.category !== undefined && !categoryIds.has(article.category))
      found.note(`${path}.category`, `unknown category "${article.category}"`);
    problems.push(...found.fatal, ...found.notes);
    if (article) articles.push(article);
    yield;
  }
  const droppedArticles = raws.length - articles.length;
  if (raws.length > 0 && articles.length === 0) {
    const total = raws.length;
    return unusable(`articles: none of the ${total} article${total === 1 ? '' : 's'} is valid`, total);
  }
  const feed: KnowledgeBaseFeed = {
    ...rest,
    version: FEED_VERSION,
    categories,
    articles,
    ...defined({ locale, synonyms }),
  };
  return { feed, problems, droppedArticles };
}

/**
 * Checks a knowledge-base feed (the parsed JSON, or its text) against the feed format, the way
 * `schema/feed.schema.json` describes it. Never throws.
 *
 * - The feed is unusable (`feed: undefined`) when it is not JSON, not an object, has a `version`
 *   other than 1, has no `articles` array, or none of its articles is valid.
 * - An article with any problem is dropped and the others kept; so is a bad category.
 * - Only warned about: an article's `category` or a category's `parent` that does not exist, and
 *   bad `synonyms` entries. Unknown fields are kept as they are.
 *
 * @example
 * const { feed, problems } = validateFeed(await response.text());
 * // problems: ['articles[12].video.chapters[0].at: expected seconds as a number']
 */
export function validateFeed(input: unknown): FeedValidation {
  return unsliced(checkFeed(input));
}

/**
 * {@link validateFeed} in slices of about 8 ms that yield to the event loop, the text parsed in steps too when
 * `parse` is `parseJsonSteps`: a 20 MB feed never blocks the page. The same result; rejects only when `signal`
 * aborts.
 * @example
 * const { parseJsonSteps } = await rt.loadChunk('bigfeed');
 * const { feed, problems } = await validateFeedAsync(text, controller.signal, parseJsonSteps);
 */
export function validateFeedAsync(
  input: unknown,
  signal?: AbortSignal,
  parse?: ParseSteps,
): Promise<FeedValidation> {
  return sliced(checkFeed(input, parse), signal);
}
