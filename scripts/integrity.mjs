// After the build: Subresource Integrity for the files the first script loads (RELIABILITY 31). Writes
// dist/pathlight.integrity.json — every other script-tag file's sha384 and the files it imports statically, transitively —
// and puts that list's own hash into pathlight.global.js, in place of a placeholder of the same length (so
// its source map still lines up). A page that pins pathlight.global.js with `integrity` thereby pins the
// list, and through it every file loaded after: the first script fetches the list with its hash and
// preloads each file with its own (src/app-loader.global.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closure, DIST, FIRST_SCRIPT, isScriptTagFile } from './size.mjs';

/** What tsup.config.ts defines `__PATHLIGHT_MANIFEST_HASH__` as, before this step replaces it. */
export const MANIFEST_PLACEHOLDER = `sha384-${'0'.repeat(64)}`;
export const MANIFEST = 'pathlight.integrity.json';

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function writeIntegrity(dist = DIST) {
  const files = readdirSync(dist)
    .filter((file) => isScriptTagFile(file) && file !== FIRST_SCRIPT)
    .sort();
  // `{ file: [its hash, [every file it imports statically, transitively]] }`: what the loader preloads with it.
  const manifest = Object.fromEntries(
    files.map((file) => [
      file,
      [sha384(readFileSync(join(dist, file))), closure(dist, [file]).filter((dep) => dep !== file)],
    ]),
  );
  const json = `${JSON.stringify(manifest)}\n`;
  writeFileSync(join(dist, MANIFEST), json);
  const first = join(dist, FIRST_SCRIPT);
  const code = readFileSync(first, 'utf8');
  const at = code.indexOf(MANIFEST_PLACEHOLDER);
  if (at < 0 || code.indexOf(MANIFEST_PLACEHOLDER, at + 1) >= 0)
    throw new Error(`${FIRST_SCRIPT}: expected the integrity placeholder exactly once`);
  writeFileSync(first, code.replace(MANIFEST_PLACEHOLDER, sha384(json)));
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`${MANIFEST}: ${Object.keys(writeIntegrity()).length} files`);
}
