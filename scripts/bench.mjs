// `npm run bench`: builds, then prints every figure beside the peers', measured in the same run.
// Not part of `npm test` (figures vary by machine; budgets there are sizes only).
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'tests/bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
for (const file of files) {
  console.log(`\n━━ ${file}`);
  execSync(`node ${JSON.stringify(join(root, 'tests/bench', file))}`, { cwd: root, stdio: 'inherit' });
}
