// Script-tag build only: tips, hotspots and announcements UI as pathlight.tips.js.
import { registerChunk } from '../core/chunk-registry';
import { tips } from '../tips/chunk';

registerChunk('tips', { tips });
