// The article view (title, video player, body, feedback) and its CSS as a lazy chunk: pages where nobody
// opens an article never load them. It loads when the first article opens, beside the `markdown` chunk that
// renders the body, with the English only it shows. The composition root loads this file; what it exports is the chunk.
export { default as english } from '../i18n/catalogs/en-article';
export { articleCss } from './article-styles';
export { ArticleView } from './views/ArticleView';

declare module '../core/chunks' {
  interface Chunks {
    article: typeof import('./article-chunk');
  }
}
