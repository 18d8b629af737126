#!/usr/bin/env node
/**
 * Generates `getting-started.webm` (about 20 s, four titled chapters) and its poster image for the
 * demo knowledge base, without ffmpeg: headless Chromium draws slides on a canvas and records them
 * with `MediaRecorder`. Not run in CI; run it by hand when the slides change:
 *
 *   node examples/media/make-video.mjs [--chromium /usr/bin/chromium]
 *
 * The chapters here must match the `chapters` of the `getting-started` and `create-invoice`
 * articles in `examples/feeds/kb.*.json`.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf('--chromium');
const executablePath = flag > -1 ? process.argv[flag + 1] : '/usr/bin/chromium';

export const CHAPTERS = [
  { at: 0, title: 'Welcome to Ledgerly', subtitle: 'Invoicing for small teams', color: '#4f46e5' },
  { at: 5, title: 'Add a customer', subtitle: 'Customers → Add customer', color: '#0f766e' },
  { at: 10, title: 'Create an invoice', subtitle: 'Invoices → New invoice', color: '#b45309' },
  { at: 15, title: 'Get paid', subtitle: 'Send, remind, reconcile', color: '#be123c' },
];
const SECONDS = 20;

/** Runs in the page: draws the slides for `seconds` and resolves with the recording (base64) and a poster. */
async function record({ chapters, seconds }) {
  const width = 640;
  const height = 360;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  document.body.append(canvas);
  const ctx = canvas.getContext('2d');

  const draw = (t) => {
    const index = chapters.findLastIndex((c) => t >= c.at);
    const chapter = chapters[Math.max(0, index)];
    const local = t - chapter.at;
    ctx.fillStyle = chapter.color;
    ctx.fillRect(0, 0, width, height);
    // A soft diagonal band so the slide is not a flat colour.
    ctx.fillStyle = 'rgba(255,255,255,0.08)';
    ctx.beginPath();
    ctx.moveTo(width * 0.55, 0);
    ctx.lineTo(width, 0);
    ctx.lineTo(width, height);
    ctx.lineTo(width * 0.3, height);
    ctx.fill();
    // A mock invoice card that slides in, to give the eye some motion.
    const slide = Math.min(1, local / 0.8);
    const cardX = width - 170 + (1 - slide) * 120;
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fillRect(cardX, 110, 130, 190);
    ctx.fillStyle = chapter.color;
    ctx.fillRect(cardX + 16, 128, 70, 10);
    ctx.fillStyle = '#cbd5e1';
    for (let row = 0; row < 5; row += 1) ctx.fillRect(cardX + 16, 156 + row * 22, 98 - (row % 2) * 30, 8);
    ctx.fillStyle = chapter.color;
    ctx.fillRect(cardX + 64, 270, 50, 14);

    ctx.fillStyle = '#ffffff';
    ctx.font = '600 16px "DejaVu Sans", sans-serif';
    ctx.globalAlpha = 0.85;
    ctx.fillText(`Ledgerly · Chapter ${index + 1} of ${chapters.length}`, 40, 60);
    ctx.globalAlpha = 1;
    ctx.font = '700 32px "DejaVu Sans", sans-serif';
    ctx.fillText(chapter.title, 40, 180);
    ctx.font = '400 20px "DejaVu Sans", sans-serif';
    ctx.fillText(chapter.subtitle, 40, 218);
    // Progress bar for the whole video.
    ctx.fillStyle = 'rgba(255,255,255,0.3)';
    ctx.fillRect(40, 320, width - 80, 6);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(40, 320, (width - 80) * Math.min(1, t / seconds), 6);
  };

  draw(0);
  const poster = canvas.toDataURL('image/png');
  const mimeType = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((type) =>
    MediaRecorder.isTypeSupported(type),
  );
  const stream = canvas.captureStream(25);
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 90_000 });
  const parts = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) parts.push(event.data);
  };
  const stopped = new Promise((resolve) => {
    recorder.onstop = resolve;
  });
  const started = performance.now();
  recorder.start(1000);
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const t = (performance.now() - started) / 1000;
      draw(Math.min(t, seconds));
      if (t >= seconds) {
        clearInterval(timer);
        resolve();
      }
    }, 40);
  });
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(parts, { type: 'video/webm' }).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { webm: btoa(binary), poster, mimeType, elapsed: (performance.now() - started) / 1000 };
}

/** Runs in the page: loads the file in a <video> and reports what a player would see. */
async function probe(base64) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
  document.body.append(video);
  await new Promise((resolve, reject) => {
    video.onloadedmetadata = resolve;
    video.onerror = () => reject(new Error(`media error ${video.error?.code}`));
  });
  const reported = video.duration;
  // The classic workaround for Infinity: seek far past the end, and the player learns the real length.
  if (!Number.isFinite(reported)) {
    video.currentTime = 1e9;
    await new Promise((resolve) => {
      video.ondurationchange = () => Number.isFinite(video.duration) && resolve();
    });
  }
  const actual = video.duration;
  video.currentTime = 12;
  await new Promise((resolve) => {
    video.onseeked = resolve;
  });
  return {
    reported,
    actual,
    seekedTo: video.currentTime,
    width: video.videoWidth,
    height: video.videoHeight,
  };
}

// --- Minimal EBML editing: MediaRecorder writes no Duration, so players report Infinity. -------------

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const DURATION = 0x4489;

function readId(buf, pos) {
  const first = buf[pos];
  const length = first >= 0x80 ? 1 : first >= 0x40 ? 2 : first >= 0x20 ? 3 : 4;
  let id = 0;
  for (let i = 0; i < length; i += 1) id = id * 256 + buf[pos + i];
  return { id, length };
}

function readSize(buf, pos) {
  const first = buf[pos];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length += 1;
  let value = first & (0xff >> length);
  let unknown = value === 0xff >> length;
  for (let i = 1; i < length; i += 1) {
    value = value * 256 + buf[pos + i];
    if (buf[pos + i] !== 0xff) unknown = false;
  }
  return { value, length, unknown };
}

function encodeSize8(value) {
  const out = Buffer.alloc(8);
  out[0] = 0x01;
  out.writeUIntBE(value, 2, 6);
  return out;
}

/** Adds (or overwrites) Segment › Info › Duration, in TimecodeScale units (ms by default). */
export function withDuration(input, durationMs) {
  const buf = Buffer.from(input);
  let pos = 0;
  while (pos < buf.length) {
    const id = readId(buf, pos);
    const size = readSize(buf, pos + id.length);
    const dataStart = pos + id.length + size.length;
    if (id.id !== SEGMENT) {
      pos = dataStart + size.value;
      continue;
    }
    let child = dataStart;
    while (child < buf.length) {
      const cid = readId(buf, child);
      const csize = readSize(buf, child + cid.length);
      const cdata = child + cid.length + csize.length;
      if (cid.id === INFO) {
        const fields = [];
        let field = cdata;
        while (field < cdata + csize.value) {
          const fid = readId(buf, field);
          const fsize = readSize(buf, field + fid.length);
          const end = field + fid.length + fsize.length + fsize.value;
          if (fid.id !== DURATION) fields.push(buf.subarray(field, end));
          field = end;
        }
        const duration = Buffer.alloc(11);
        duration.writeUInt16BE(DURATION, 0);
        duration[2] = 0x88; // size 8
        duration.writeDoubleBE(durationMs, 3);
        const body = Buffer.concat([...fields, duration]);
        const info = Buffer.concat([buf.subarray(child, child + cid.length), encodeSize8(body.length), body]);
        return Buffer.concat([buf.subarray(0, child), info, buf.subarray(cdata + csize.value)]);
      }
      child = cdata + csize.value;
    }
    break;
  }
  throw new Error('no Segment › Info element found: not a MediaRecorder WebM?');
}

async function main() {
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>recorder</title><body></body>');
    const result = await page.evaluate(record, { chapters: CHAPTERS, seconds: SECONDS });
    const raw = Buffer.from(result.webm, 'base64');
    const before = await page.evaluate(probe, raw.toString('base64'));
    const fixed = withDuration(raw, Math.round(before.actual * 1000));
    const after = await page.evaluate(probe, fixed.toString('base64'));
    const poster = Buffer.from(result.poster.split(',')[1], 'base64');
    await writeFile(join(here, 'getting-started.webm'), fixed);
    await writeFile(join(here, 'getting-started-poster.png'), poster);
    console.log(
      JSON.stringify(
        {
          mimeType: result.mimeType,
          recordedSeconds: Number(result.elapsed.toFixed(2)),
          bytes: fixed.length,
          posterBytes: poster.length,
          durationBeforeFix: String(before.reported),
          durationActual: before.actual,
          durationAfterFix: after.reported,
          seekedTo: after.seekedTo,
          size: `${after.width}x${after.height}`,
        },
        null,
        2,
      ),
    );
    if (!Number.isFinite(after.reported) || after.reported <= 0)
      throw new Error('video has no finite duration');
    if (fixed.length > 300 * 1024) throw new Error(`video is ${fixed.length} bytes, over the 300 KB budget`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
