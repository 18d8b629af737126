// `npx pathlight build-feed` and `npx pathlight validate` (issue 15) as the built binary runs them: the exit code
// reaches the shell, the feeds it writes pass `validate`, and a bad command line exits 2. (No browser needed; here
// because it runs the build, like check-cli.test.mjs.)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { root } from './harness.mjs';

const CLI = join(root, 'dist/cli/pathlight.js');
const HELP = join(root, 'tests/fixtures/help');
const dir = mkdtempSync(join(tmpdir(), 'pathlight-feedtools-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });

test('build-feed exits 1 with skipped files named by file:line; what it wrote validates (exit 0)', async () => {
  const built = await run('build-feed', HELP, '--out', dir);
  assert.equal(built.code, 1, built.stdout + built.stderr);
  assert.match(built.stderr, /^skipped \S+en\/broken\.md:3: /m);
  assert.match(built.stdout, /^5 articles in 3 feeds, 3 files skipped\.$/m);
  const checked = await run('validate', join(dir, 'kb.*.json'));
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
  assert.equal(checked.stdout.match(/: ok \(feed: /g)?.length, 3);
});

test('validate exits 1 on problems and 2 on a file that is not JSON; both exit 2 on a bad command line', async () => {
  const fixtures = join(root, 'tests/fixtures/validate');
  assert.equal((await run('validate', join(fixtures, 'bad-feed.json'))).code, 1);
  assert.equal((await run('validate', join(fixtures, 'not-json.json'))).code, 2);
  assert.equal((await run('validate')).code, 2);
  assert.equal((await run('build-feed')).code, 2);
});
