// `npx pathlight check` (issue 16) against the demo as `npm start` serves it: the demo's own guides are all found
// (exit 0); one broken selector is named by its JSON path (exit 1); a bad command line exits 2.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { root } from './harness.mjs';

const CLI = join(root, 'dist/cli/pathlight.js');
const GUIDES = join(root, 'examples/feeds/guides.json');
const ROUTES = ['/', '/invoices', '/invoices/new', '/reports', '/settings'];
let demo;
let dir;
before(async () => {
  demo = await serve({ dirs: ['examples', 'dist'], spa: true });
  dir = mkdtempSync(join(tmpdir(), 'pathlight-check-'));
});
after(async () => {
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'check', ...args], { timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
const urls = () => ROUTES.flatMap((route) => ['--url', demo.url + route]);

test("the demo's own guides: every target found, exit 0", async () => {
  const { code, stdout, stderr } = await run([GUIDES, ...urls()]);
  assert.equal(code, 0, stdout + stderr);
  assert.match(stdout, /, 0 missing\.$/m);
  // Connect Stripe's completion element is there only once connected: listed apart, not a failure.
  assert.match(stdout, /checklists\[0\]\.items\[3\]\.completeWhen\.element/);
});

test('one broken selector: named by its JSON path, exit 1', async () => {
  const guides = JSON.parse(readFileSync(GUIDES, 'utf8'));
  guides.tours[0].steps[3].target = '#attention-list li:last-child [data-remind-typo]';
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(guides));
  const { code, stdout } = await run([file, '--wait', '1000', ...urls()]);
  assert.equal(code, 1, stdout);
  assert.match(stdout, /Missing \(1\):\n {2}tours\[0\]\.steps\[3\]\.target {2}tour step "welcome › remind"/);
  assert.match(stdout, /\[data-remind-typo\]: not on http:\/\/[^/]+\/$/m);
});

test('bad command lines and unreadable files exit 2 with the usage', async () => {
  for (const args of [
    [],
    [GUIDES],
    [GUIDES, '--url', 'localhost'],
    [join(dir, 'none.json'), '--url', demo.url],
  ]) {
    const { code, stderr } = await run(args);
    assert.equal(code, 2, `${JSON.stringify(args)}: ${stderr}`);
    assert.match(stderr, /Usage: pathlight check/);
  }
});
