// Script-tag build only: the guides core (content validation, the targeting engine, history), loaded
// when there is guide content or a developer call needs it, as pathlight.guides.js.
import { registerChunk } from '../core/chunk-registry';
import { setupGuides } from '../guides/chunk';

registerChunk('guides', { setupGuides });
