import { urlPatternError } from '../core/url-match';
import type { Article, Category, KnowledgeBaseFeed, Video } from '../types';

/** The feed format version this build reads. */
export const FEED_VERSION = 1;

export const VIDEO_PROVIDERS = ['youtube', 'vimeo', 'wistia', 'loom', 'file'] as const;

/** Hosts each embed provider's `src` may point at (a leading `.` allows any subdomain). */
export const VIDEO_HOSTS: Record<Exclude<Video['provider'], 'file'>, readonly string[]> = {
  youtube: [
    'youtube.com',
    'www.youtube.com',
    'm.youtube.com',
    'youtube-nocookie.com',
    'www.youtube-nocookie.com',
    'youtu.be',
  ],
  vimeo: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
  wistia: ['.wistia.com', '.wistia.net', 'wi.st'],
  loom: ['loom.com', 'www.loom.com'],
};

const HOST_HINT: Record<Exclude<Video['provider'], 'file'>, string> = {
  youtube: 'youtube.com, youtube-nocookie.com or youtu.be',
  vimeo: 'vimeo.com',
  wistia: 'wistia.com or wistia.net',
  loom: 'loom.com',
};

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

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const LOCALE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Parses like the browser will when the URL is used, so `java\tscript:` cannot slip past as "relative". */
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
}
const isWebUrl = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.trim() === '') return false;
  const url = parseUrl(value);
  return url !== undefined && (url.protocol === 'https:' || url.protocol === 'http:');
};
function isProviderUrl(value: unknown, provider: keyof typeof VIDEO_HOSTS): boolean {
  if (typeof value !== 'string' || !/^\s*https:/i.test(value)) return false;
  const url = parseUrl(value);
  if (url?.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return VIDEO_HOSTS[provider].some((allowed) =>
    allowed.startsWith('.') ? host.endsWith(allowed) || host === allowed.slice(1) : host === allowed,
  );
}

/** Collects problems; `fail` marks the article (or category) being checked as unusable. */
interface Checker {
  problems: string[];
  failed: boolean;
  fail(path: string, problem: string): void;
  warn(path: string, problem: string): void;
}

function checker(problems: string[]): Checker {
  return {
    problems,
    failed: false,
    fail(path, problem) {
      this.failed = true;
      problems.push(`${path}: ${problem}`);
    },
    warn(path, problem) {
      problems.push(`${path}: ${problem}`);
    },
  };
}

/** Optional field: `null` counts as absent and is removed; a wrong type fails the owner. */
function optional(
  owner: Json,
  key: string,
  path: string,
  check: Checker,
  ok: (value: unknown) => boolean,
  expected: string,
): void {
  const value = owner[key];
  if (value === undefined) return;
  if (value === null) {
    delete owner[key];
    return;
  }
  if (!ok(value)) check.fail(`${path}.${key}`, `expected ${expected}`);
}

function stringList(owner: Json, key: string, path: string, check: Checker, what: string): void {
  const value = owner[key];
  if (value === undefined || value === null) {
    delete owner[key];
    return;
  }
  if (!Array.isArray(value)) {
    check.fail(`${path}.${key}`, `expected an array of ${what}`);
    return;
  }
  value.forEach((item, i) => {
    if (typeof item !== 'string') check.fail(`${path}.${key}[${i}]`, 'expected a string');
  });
}

function timedList(video: Json, key: 'chapters' | 'transcript', path: string, check: Checker): void {
  const value = video[key];
  if (value === undefined || value === null) {
    delete video[key];
    return;
  }
  if (!Array.isArray(value)) {
    check.fail(`${path}.${key}`, 'expected an array');
    return;
  }
  const textKey = key === 'chapters' ? 'title' : 'text';
  video[key] = value.map((entry, i) => {
    const at = `${path}.${key}[${i}]`;
    if (!isObject(entry)) {
      check.fail(at, 'expected an object');
      return entry;
    }
    if (!isSeconds(entry.at)) check.fail(`${at}.at`, 'expected seconds as a number');
    const text = entry[textKey];
    if (key === 'chapters' ? !isText(text) : typeof text !== 'string')
      check.fail(
        `${at}.${textKey}`,
        key === 'chapters' ? 'expected a non-empty string' : 'expected a string',
      );
    return { ...entry };
  });
}

function checkVideo(article: Json, path: string, check: Checker): void {
  const raw = article.video;
  if (raw === undefined) return;
  if (raw === null) {
    delete article.video;
    return;
  }
  const at = `${path}.video`;
  if (!isObject(raw)) {
    check.fail(at, 'expected an object');
    return;
  }
  const video: Json = { ...raw };
  article.video = video;
  const provider = video.provider;
  if (typeof provider !== 'string' || !(VIDEO_PROVIDERS as readonly string[]).includes(provider)) {
    check.fail(`${at}.provider`, `expected one of ${VIDEO_PROVIDERS.join(', ')}`);
  } else if (provider === 'file') {
    if (!isWebUrl(video.src)) check.fail(`${at}.src`, 'expected an http(s) or relative URL of a video file');
  } else {
    const name = provider as keyof typeof VIDEO_HOSTS;
    if (!isProviderUrl(video.src, name))
      check.fail(`${at}.src`, `expected an https URL on ${HOST_HINT[name]}`);
  }
  optional(video, 'duration', at, check, isSeconds, 'seconds as a number');
  optional(video, 'poster', at, check, isWebUrl, 'an http(s) or relative URL');
  timedList(video, 'chapters', at, check);
  timedList(video, 'transcript', at, check);
}

function checkArticle(
  raw: unknown,
  path: string,
  check: Checker,
  seen: Map<string, string>,
): Article | undefined {
  if (!isObject(raw)) {
    check.fail(path, 'expected an object');
    return undefined;
  }
  const article: Json = { ...raw };
  const id = article.id;
  if (!isText(id)) check.fail(`${path}.id`, 'expected a non-empty string');
  else if (seen.has(id)) check.fail(`${path}.id`, `"${id}" is already used by ${seen.get(id)}`);
  if (!isText(article.title)) check.fail(`${path}.title`, 'expected a non-empty string');
  if (typeof article.body !== 'string') check.fail(`${path}.body`, 'expected a string');
  if (article.format === undefined || article.format === null) article.format = 'markdown';
  else if (article.format !== 'markdown' && article.format !== 'html')
    check.fail(`${path}.format`, 'expected "markdown" or "html"');
  optional(article, 'summary', path, check, (v) => typeof v === 'string', 'a string');
  optional(article, 'category', path, check, (v) => typeof v === 'string', 'a string');
  stringList(article, 'tags', path, check, 'strings');
  stringList(article, 'keywords', path, check, 'strings');
  optional(article, 'url', path, check, isWebUrl, 'an http(s) or relative URL');
  optional(
    article,
    'updatedAt',
    path,
    check,
    (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
    'an ISO 8601 date',
  );
  optional(
    article,
    'locale',
    path,
    check,
    (v) => typeof v === 'string' && LOCALE_TAG.test(v),
    'a locale tag such as "en"',
  );
  const contexts = article.contexts;
  if (contexts === null) delete article.contexts;
  else if (contexts !== undefined) {
    if (!Array.isArray(contexts)) check.fail(`${path}.contexts`, 'expected an array of URL patterns');
    else
      contexts.forEach((pattern, i) => {
        const error = urlPatternError(pattern);
        if (error) check.fail(`${path}.contexts[${i}]`, `invalid URL pattern (${error})`);
      });
  }
  checkVideo(article, path, check);
  // Only a kept article claims its id, so a later good copy of a broken one still loads.
  if (!check.failed && isText(id)) seen.set(id, path);
  return article as unknown as Article;
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
    const check = checker(problems);
    if (!isObject(entry)) {
      check.fail(path, 'expected an object');
      return;
    }
    const category: Json = { ...entry };
    if (!isText(category.id)) check.fail(`${path}.id`, 'expected a non-empty string');
    else if (ids.has(category.id)) check.fail(`${path}.id`, `"${category.id}" is already used`);
    if (!isText(category.title)) check.fail(`${path}.title`, 'expected a non-empty string');
    optional(category, 'parent', path, check, (v) => typeof v === 'string', 'a string');
    if (check.failed) return;
    ids.set(category.id as string, i);
    kept.push(category as unknown as Category);
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
  const problems: string[] = [];
  const unusable = (problem: string, droppedArticles = 0): FeedValidation => ({
    feed: undefined,
    problems: [...problems, problem],
    droppedArticles,
  });
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return unusable(`feed: not valid JSON (${reason})`);
    }
  }
  if (!isObject(json)) return unusable('feed: expected an object');
  if (json.version !== FEED_VERSION) return unusable(`version: expected ${FEED_VERSION}`);
  if (!Array.isArray(json.articles)) return unusable('articles: expected an array');

  const feed: Json = { ...json };
  if (feed.locale === null) delete feed.locale;
  else if (feed.locale !== undefined && !(typeof feed.locale === 'string' && LOCALE_TAG.test(feed.locale))) {
    problems.push('locale: expected a locale tag such as "en"');
    delete feed.locale;
  }
  const categories = checkCategories(json.categories, problems);
  feed.categories = categories;
  const synonyms = checkSynonyms(json.synonyms, problems);
  if (synonyms) feed.synonyms = synonyms;
  else delete feed.synonyms;

  const categoryIds = new Set(categories.map((c) => c.id));
  const seen = new Map<string, string>();
  const articles: Article[] = [];
  json.articles.forEach((raw, i) => {
    const path = `articles[${i}]`;
    const check = checker(problems);
    const article = checkArticle(raw, path, check, seen);
    if (check.failed || !article) return;
    if (article.category !== undefined && !categoryIds.has(article.category))
      check.warn(`${path}.category`, `unknown category "${article.category}"`);
    articles.push(article);
  });
  const droppedArticles = json.articles.length - articles.length;
  if (json.articles.length > 0 && articles.length === 0) {
    const total = json.articles.length;
    return unusable(`articles: none of the ${total} article${total === 1 ? '' : 's'} is valid`, total);
  }
  feed.articles = articles;
  return { feed: feed as unknown as KnowledgeBaseFeed, problems, droppedArticles };
}
