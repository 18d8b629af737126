// Script-tag build only: the non-English catalogs, loaded on first use as pathlight.locales.js.
import { registerChunk } from '../core/chunk-registry';
import { catalogs } from '../i18n/catalogs/index';

registerChunk('locales', { catalogs });
