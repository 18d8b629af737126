// Script-tag build only: the checklist item kind as pathlight.checklists.js.

import { checklists } from '../checklists/chunk';
import { registerChunk } from '../core/chunk-registry';

registerChunk('checklists', { checklists });
