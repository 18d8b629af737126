// `npm test`: lint, types, build, package checks, size budgets, unit tests and real-browser tests,
// all run even when one fails, then one summary line: `tests: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function run(title, command, args, options = {}) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  return result.status === 0;
}
function check(title, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

check('lint (biome)', run('Lint and format (biome)', bin('biome'), ['ci', '.']));
check('types (tsc)', run('Types (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']));
const built =
  run('Build (tsup)', 'npm', ['run', 'build', '--silent']) &&
  run('ESM example bundle', 'node', ['scripts/esm-example.mjs']);
check('build', built);

if (built) {
  check('publint', run('Package exports (publint)', bin('publint'), ['--strict']));
  check(
    'are-the-types-wrong',
    run('Types resolution (are-the-types-wrong)', bin('attw'), [
      '--pack',
      '.',
      '--profile',
      'node16',
      '--exclude-entrypoints',
      './global',
      '--quiet',
    ]),
  );
  console.log('\n━━ Size budgets (gzip)');
  const { measure, print } = await import('./size.mjs');
  const rows = measure();
  print(rows);
  for (const row of rows) check(`size ${row.file}`, row.ok);
}

// Unit tests: vitest's own output, counted from its JSON report.
const vitestJson = join(tmp, 'vitest.json');
run('Unit tests (vitest + happy-dom)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  if (report.numFailedTests || report.numFailedTestSuites) failures.push('unit tests');
  if (report.numTotalTests === 0) check('unit tests ran', false);
} else check('unit tests (no report)', false);

// Browser tests: node's test runner driving Chromium; counted from its TAP summary.
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.log(
    `\nChromium not found at ${chrome}: install it with "apt-get install -y chromium" or set CHROME_PATH.`,
  );
  check('browser tests (no Chromium)', false);
} else if (built) {
  const tap = join(tmp, 'browser.tap');
  run('Browser tests (playwright-core + Chromium)', 'node', [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'tests/browser/',
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  if (count('fail') + count('cancelled') > 0) failures.push('browser tests');
  if (count('pass') + count('fail') === 0) check('browser tests ran', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
