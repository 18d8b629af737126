// Script-tag build only: Markdown + the sanitizer, loaded when the first article opens, as pathlight.markdown.js.
import { registerChunk } from '../core/chunk-registry';
import { createArticleRenderer } from '../panel/content/chunk';

registerChunk('markdown', { createArticleRenderer });
