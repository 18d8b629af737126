// Script-tag build only: the knowledge base (feed, cache, validation, search index) as pathlight.kb.js.
import { registerChunk } from '../core/chunk-registry';
import { setupKnowledgeBase } from '../kb/chunk';

registerChunk('kb', { setupKnowledgeBase });
