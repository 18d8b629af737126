// Size budgets of DESIGN.md: the script-tag bundle ≤ 35 KB gzip, each lazy chunk ≤ 15 KB gzip.
// Prints a table; `--check` exits 1 when a budget is exceeded. Returns the rows for scripts/test.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
export const MAIN_BUDGET = 35 * 1024;
export const CHUNK_BUDGET = 15 * 1024;

export function measure() {
  const files = readdirSync(dist).filter((f) => /^pathlight\.[a-z]+\.js$/.test(f));
  return files
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      const budget = file === 'pathlight.global.js' ? MAIN_BUDGET : CHUNK_BUDGET;
      return { file, raw: bytes.length, gzip, budget, ok: gzip <= budget };
    })
    .sort((a, b) =>
      a.file === 'pathlight.global.js'
        ? -1
        : b.file === 'pathlight.global.js'
          ? 1
          : a.file.localeCompare(b.file),
    );
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export function print(rows) {
  for (const r of rows) {
    console.log(
      `${r.ok ? 'ok  ' : 'OVER'} ${r.file.padEnd(24)} ${kb(r.raw).padStart(9)} min  ${kb(r.gzip).padStart(8)} gzip  (budget ${kb(r.budget)})`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measure();
  print(rows);
  if (process.argv.includes('--check') && rows.some((r) => !r.ok)) process.exit(1);
}
