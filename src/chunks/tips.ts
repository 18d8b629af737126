// Script-tag build only: tips, hotspots and announcements UI (with @floating-ui/dom) as pathlight.tips.js.
import { registerChunk } from '../core/chunks';
import { tips } from '../tips/index';

registerChunk('tips', { tips });
