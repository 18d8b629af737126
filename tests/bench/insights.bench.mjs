// `pathlight insights` on 1,000,000 generated events (issue 14): wall time, events/s and peak memory (RSS) of the
// streaming engine and of --engine duckdb, each in its own process, with the machine's load beside the figures
// (this 2-core machine is shared: the load says how much of it the run had). The log is generated once into .tmp/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLog } from '../insights/generate-log.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EVENTS = Number(process.env.PATHLIGHT_BENCH_EVENTS ?? 1_000_000);
// 7.1 events a session on average with the generator's defaults.
const SESSIONS = Math.ceil(EVENTS / 7.1);
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const log = join(tmp, `insights-bench-${SESSIONS}.ndjson`);
const meta = `${log}.json`;
if (!existsSync(meta)) {
  const started = performance.now();
  const expected = await writeLog(log, { sessions: SESSIONS, seed: 42 });
  writeFileSync(meta, JSON.stringify({ events: expected.events, lines: expected.lines }));
  console.log(
    `Generated ${expected.events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
const { events } = JSON.parse(readFileSync(meta, 'utf8'));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`Log: ${events.toLocaleString('en')} events, ${mb(statSync(log).size)}, ${cpus().length} cores`);

const probe = join(root, 'tests/bench/peak-rss.mjs');
for (const engine of ['js', 'duckdb']) {
  const before = loadavg()[0];
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      probe,
      join(root, 'dist/cli/pathlight.js'),
      'insights',
      log,
      '--json',
      '--quiet',
      '--last',
      'none',
      '--engine',
      engine,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/peak-rss (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) * 1024;
  if (run.status !== 0) {
    console.log(`${engine}: failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
    continue;
  }
  const counted = JSON.parse(run.stdout).input.events;
  console.log(
    `insights --engine ${engine.padEnd(6)} ${seconds.toFixed(1).padStart(5)} s  ${Math.round(events / seconds)
      .toLocaleString('en')
      .padStart(
        9,
      )} events/s  peak RSS ${mb(rss).padStart(7)}  (${counted === events ? 'all events counted' : `COUNTED ${counted}`}; load average ${before.toFixed(1)} → ${loadavg()[0].toFixed(1)}; goal < 20 s)`,
  );
}
