// Script-tag build only: the knowledge base (feed, cache, validation, search index) as pathlight.kb.js.
import { registerChunk } from '../core/chunks';
import { setupKnowledgeBase } from '../kb/index';

registerChunk('kb', { setupKnowledgeBase });
