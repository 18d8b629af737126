import type { ReadableAtom } from 'nanostores';
import type { Article, Category } from '../types';

/** A category as the panel draws it: a built-in `icon` name resolved to its path. */
export interface TopicCategory extends Category {
  /** The stroke path of a built-in icon; a URL `icon` stays in `icon`. */
  iconPath?: string;
}

import type { SearchHit } from './search';

/**
 * `loading`: no content yet; `ready`: content shown (possibly a cached copy being revalidated);
 * `error`: no content could be had (the panel shows "help is unavailable" with the contact option);
 * `none`: no feed configured.
 */
export type KnowledgeBaseStatus = 'none' | 'loading' | 'ready' | 'error';

/** The knowledge base of one instance, in the current locale. The panel reads it; nothing else writes it. */
export interface KnowledgeBase {
  readonly $status: ReadableAtom<KnowledgeBaseStatus>;
  /** Articles of the current locale (falling back to the default locale's feed). */
  readonly $articles: ReadableAtom<readonly Article[]>;
  readonly $categories: ReadableAtom<readonly TopicCategory[]>;
  /** True once the search index over `$articles` is built (it is built in idle slices). */
  readonly $searchReady: ReadableAtom<boolean>;
  /** `local`: the feed's index only, never the `config.search` engine (related articles). */
  search(query: string, options?: { limit?: number; local?: boolean }): SearchHit[];
  getArticle(id: string): Article | undefined;
  /** Articles whose `contexts` patterns match `path`, best first. */
  suggestionsFor(path: string, limit?: number): Article[];
  /** Fetch again now (the "Try again" button). */
  retry(): void;
}
