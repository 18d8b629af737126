// Script-tag build only: Markdown + the sanitizer, loaded when the first article opens, as pathlight.markdown.js.
import { createArticleRenderer } from '../content/chunk';
import { registerChunk } from '../core/chunk-registry';

registerChunk('markdown', { createArticleRenderer });
