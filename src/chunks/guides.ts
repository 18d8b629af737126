// Script-tag build only: the guides core (content validation, the targeting engine, history), loaded
// when there is guide content or a developer call needs it, as pathlight.guides.js.
import { registerChunk } from '../core/chunks';
import { setupGuides } from '../guides/setup';

registerChunk('guides', { setupGuides });
