// Prints the Subresource Integrity hash of the built script-tag bundle and a ready snippet.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = join(dirname(fileURLToPath(import.meta.url)), '../dist/pathlight.global.js');
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
console.log(integrity);
console.log(
  `<script async src="https://YOUR-HOST/pathlight/pathlight.global.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
);
