// `npm test`: lint, types, build, package checks, size budgets, unit tests and real-browser tests,
// all run even when one fails, then one summary line: `tests: N passed, M failed` (always the last line).
// Nothing may pass unseen: a step that exits non-zero, an unhandled error or rejection, or a suite that
// ran no test is a failure even when every test it reported passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
const failures = [];
const notes = [];

/** Runs one step with its output on the console; returns its exit status (1 when it could not start). */
function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.log(`${command} could not run: ${result.error.message}`);
  return result.status ?? 1;
}
/** A step that is one check: passes when it exits 0. */
function check(name, ok) {
  if (ok) passed++;
  else fail(name);
}
function fail(name, count = 1) {
  failed += count;
  failures.push(name);
}
/** A report file of this run only: a stale one from an earlier run must never be read as this run's. */
function fresh(name) {
  const file = join(tmp, name);
  rmSync(file, { force: true });
  return file;
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
/**
 * Adds a test suite's counts. `failures` are what the suite itself reported; a suite that exited
 * non-zero without reporting any, or ran no test at all, still counts one failure under its name.
 */
function suite(name, { status, pass, failures: failing, problems = [], skipped = 0 }) {
  passed += pass;
  if (failing > 0) fail(`${name} (${failing} failed)`, failing);
  for (const problem of problems) fail(`${name}: ${problem}`);
  if (pass + failing === 0) fail(`${name}: ran no test`);
  else if (status !== 0 && failing + problems.length === 0) fail(`${name}: exit code ${status}`);
  if (skipped > 0) notes.push(`${name}: ${skipped} skipped`);
}

check('lint (biome)', run('Lint and format (biome)', bin('biome'), ['ci', '--error-on-warnings', '.']) === 0);
check('types (tsc)', run('Types (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']) === 0);
const built =
  run('Build (tsup)', 'npm', ['run', 'build', '--silent']) === 0 &&
  run('ESM example bundle', 'node', ['scripts/esm-example.mjs']) === 0;
check('build', built);

if (built) {
  check('publint', run('Package exports (publint)', bin('publint'), ['--strict']) === 0);
  check(
    'are-the-types-wrong',
    run('Types resolution (are-the-types-wrong)', bin('attw'), [
      '--pack',
      '.',
      '--profile',
      'node16',
      // A classic script with types for `window` only (`import type {} from 'pathlight/global'`): no module
      // exports for are-the-types-wrong to resolve (it reports the script as ESM "masquerading"). tsc checks
      // those types in tests/types/global-types.ts.
      '--exclude-entrypoints',
      './global',
      '--quiet',
    ]) === 0,
  );
  console.log('\n━━ Size budgets (gzip)');
  try {
    const { measure, print } = await import('./size.mjs');
    const rows = measure();
    print(rows);
    for (const row of rows) check(`size ${row.file}`, row.ok);
    if (rows.length === 0) fail('size: no bundle measured');
  } catch (error) {
    console.log(error);
    fail('size: the check could not run');
  }
}

// Unit tests: vitest's own output; counts from its JSON report, unhandled errors from ours (the JSON
// report has no field for them, and one fails the run while every test passes).
{
  const json = fresh('vitest.json');
  const unhandledFile = fresh('vitest-unhandled.json');
  const status = run(
    'Unit tests (vitest)',
    bin('vitest'),
    [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${json}`,
      '--reporter=./scripts/vitest-unhandled.mjs',
    ],
    { PATHLIGHT_UNHANDLED_FILE: unhandledFile },
  );
  const report = readJson(json);
  const unhandled = readJson(unhandledFile);
  const problems = [];
  if (!report) problems.push('no JSON report');
  if (!unhandled) problems.push('no unhandled-error report');
  for (const error of unhandled?.errors ?? []) problems.push(`unhandled ${error}`);
  // A file that failed outside its tests (it could not load, a hook threw) has no failed test to count.
  for (const file of report?.testResults ?? []) {
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'))
      problems.push(
        `${file.name.slice(root.length + 1)}: ${file.message.split('\n')[0] || 'failed outside its tests'}`,
      );
  }
  suite('unit tests', {
    status,
    pass: report?.numPassedTests ?? 0,
    failures: report?.numFailedTests ?? 0,
    problems,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
  });
}

// Browser tests: node's test runner driving Chromium; counted from its TAP summary. Two files at a time: on
// two cores that took the browser part from 10 to 8 minutes (CI allows 15 for all of it), and running beside
// another suite is how CI's timing found the races the tests used to have.
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.log(
    `\nChromium not found at ${chrome}: install it with "apt-get install -y chromium" or set CHROME_PATH.`,
  );
  fail('browser tests: no Chromium');
} else if (built) {
  const tap = fresh('browser.tap');
  const status = run('Browser tests (playwright-core + Chromium)', 'node', [
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'tests/browser/',
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  suite('browser tests', {
    status,
    pass: count('pass'),
    failures: count('fail') + count('cancelled'),
    problems: text ? [] : ['no TAP report'],
    skipped: count('skipped') + count('todo'),
  });
} else fail('browser tests: not run (the build failed)');

for (const note of notes) console.log(`\nNote: ${note}`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
