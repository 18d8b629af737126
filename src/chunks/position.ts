// Script-tag build only: @floating-ui/dom as pathlight.position.js (tips and element-level help).
import { arrow, autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
import { registerChunk } from '../core/chunk-registry';

registerChunk('position', { arrow, autoUpdate, computePosition, flip, hide, offset, shift });
