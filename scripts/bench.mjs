// `npm run bench`: builds, then prints every figure beside the peers', measured in the same run.
// Not part of `npm test` (figures vary by machine; budgets there are sizes only).
// The host-page figures are also measured on the version landed before launcher-first loading
// (tests/bench/init.bench.mjs BASELINE_COMMIT), built once into .tmp/ from git; `--baseline <dist>`
// uses another build instead.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASELINE_COMMIT } from '../tests/bench/init.bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });

const args = process.argv.slice(2);
const at = args.indexOf('--baseline');
const given = at >= 0 ? args.splice(at, 2)[1] : undefined;

/** dist/ of BASELINE_COMMIT: its sources from git, this checkout's node_modules, its own tsup config. */
function baselineDist() {
  const dir = join(root, '.tmp', `baseline-${BASELINE_COMMIT}`);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'pathlight.global.js'))) return dist;
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${BASELINE_COMMIT} | tar -x -C ${JSON.stringify(dir)}`, {
      cwd: root,
      stdio: 'inherit',
    });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    console.log(`Building ${BASELINE_COMMIT} for comparison (once, into ${dir})…`);
    execSync(`${JSON.stringify(join(root, 'node_modules/.bin/tsup'))} --silent`, {
      cwd: dir,
      stdio: 'inherit',
    });
    return dist;
  } catch (error) {
    console.warn(
      `Could not build ${BASELINE_COMMIT} (${error.message}): host-page figures without a baseline.`,
    );
    return undefined;
  }
}
const baseline = given ? resolve(given) : baselineDist();

const files = readdirSync(join(root, 'tests/bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => args.length === 0 || args.some((o) => f.includes(o)));
for (const file of files) {
  console.log(`\n━━ ${file}`);
  execSync(`node ${JSON.stringify(join(root, 'tests/bench', file))}`, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(baseline ? { PATHLIGHT_BASELINE_DIST: baseline } : {}) },
  });
}
