// Script-tag build only: the tour item kind as pathlight.tours.js.
import { registerChunk } from '../core/chunk-registry';
import { tours } from '../tours/chunk';

registerChunk('tours', { tours });
