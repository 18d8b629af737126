#!/usr/bin/env node
/**
 * Generates the demo knowledge base's videos (`<name>.webm`, four or three titled chapters, 15–20 s)
 * and their posters (`<name>-poster.png`), without ffmpeg: headless Chromium draws slides on a canvas
 * and records them with `MediaRecorder`. Not run in CI; run it by hand when the slides change:
 *
 *   node examples/media/make-video.mjs [name…] [--chromium /usr/bin/chromium]
 *
 * With no name, every video is recorded again. Each video's chapters here must match the `chapters`
 * (and `duration`) of the articles that play it in `examples/feeds/kb.*.json`: see VIDEOS.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf('--chromium');
const executablePath = flag > -1 ? process.argv[flag + 1] : '/usr/bin/chromium';

/** Each video: its file name, length, bit rate and slides; `articles` play it (their feed entries agree). */
export const VIDEOS = [
  {
    name: 'getting-started',
    articles: ['getting-started', 'create-invoice'],
    seconds: 20,
    bitrate: 90_000,
    chapters: [
      { at: 0, title: 'Welcome to Ledgerly', subtitle: 'Invoicing for small teams', color: '#4f46e5' },
      { at: 5, title: 'Add a customer', subtitle: 'Customers → Add customer', color: '#0f766e' },
      { at: 10, title: 'Create an invoice', subtitle: 'Invoices → New invoice', color: '#b45309' },
      { at: 15, title: 'Get paid', subtitle: 'Send, remind, reconcile', color: '#be123c' },
    ],
  },
  {
    name: 'recurring-invoices',
    articles: ['recurring-invoices'],
    seconds: 20,
    bitrate: 60_000,
    chapters: [
      {
        at: 0,
        title: 'Why recurring invoices',
        subtitle: 'Same customer, same work, every month',
        color: '#4f46e5',
      },
      { at: 5, title: 'Create a schedule', subtitle: 'Invoice → More → Make recurring', color: '#0f766e' },
      { at: 10, title: 'Auto-charge saved cards', subtitle: 'Charged on each date', color: '#b45309' },
      {
        at: 15,
        title: 'Pause, edit or stop',
        subtitle: 'Future invoices follow the change',
        color: '#be123c',
      },
    ],
  },
  {
    name: 'accept-card-payments',
    articles: ['accept-card-payments'],
    seconds: 15,
    bitrate: 60_000,
    chapters: [
      {
        at: 0,
        title: 'Connect your Stripe account',
        subtitle: 'Settings → Billing → Connect Stripe',
        color: '#4338ca',
      },
      { at: 5, title: 'What customers see', subtitle: 'A Pay now button on every invoice', color: '#0f766e' },
      { at: 10, title: 'Fees and payouts', subtitle: 'Paid out on Stripe’s schedule', color: '#b45309' },
    ],
  },
  {
    name: 'reports-overview',
    articles: ['reports-overview'],
    seconds: 20,
    bitrate: 60_000,
    chapters: [
      {
        at: 0,
        title: 'The Reports page',
        subtitle: 'Collected, owed, and who pays on time',
        color: '#4f46e5',
      },
      { at: 5, title: 'Receivables aging', subtitle: 'Open invoices by how late they are', color: '#be123c' },
      { at: 10, title: 'Revenue by customer', subtitle: 'Your biggest clients first', color: '#0f766e' },
      {
        at: 15,
        title: 'Exporting for your accountant',
        subtitle: 'Reports → Export to CSV',
        color: '#b45309',
      },
    ],
  },
  {
    name: 'quickbooks-sync',
    articles: ['quickbooks-sync'],
    seconds: 20,
    bitrate: 60_000,
    chapters: [
      {
        at: 0,
        title: 'Connect your accounting software',
        subtitle: 'Settings → Integrations',
        color: '#4338ca',
      },
      { at: 5, title: 'Map accounts and tax rates', subtitle: 'Once, when you connect', color: '#0f766e' },
      {
        at: 10,
        title: 'What syncs and when',
        subtitle: 'Within five minutes of any change',
        color: '#b45309',
      },
      {
        at: 15,
        title: 'Fixing sync errors',
        subtitle: 'Integrations → the reason, and Retry',
        color: '#be123c',
      },
    ],
  },
];

/** Runs in the page: draws the slides for `seconds` and resolves with the recording (base64) and a poster. */
async function record({ chapters, seconds, bitrate }) {
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
    // Titles and subtitles stay clear of the card: a long one gets a smaller font.
    const fitText = (text, weight, size, y) => {
      let px = size;
      do ctx.font = `${weight} ${px--}px "DejaVu Sans", sans-serif`;
      while (ctx.measureText(text).width > width - 230 && px > 14);
      ctx.fillText(text, 40, y);
    };
    fitText(chapter.title, 700, 32, 180);
    fitText(chapter.subtitle, 400, 20, 218);
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
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: bitrate });
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
  video.currentTime = Math.min(12, actual / 2);
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

/**
 * The length to write into the file: the nominal one when the recording is within a frame or two of
 * it (the last frame's timestamp is one frame before the end), so the feed, the article header and the
 * player all say the same whole seconds.
 */
const durationMs = (video, actual) =>
  Math.abs(actual - video.seconds) < 0.2 ? video.seconds * 1000 : Math.round(actual * 1000);

async function main() {
  const wanted = process.argv
    .slice(2)
    .filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--chromium');
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
    for (const video of VIDEOS) {
      if (wanted.length && !wanted.includes(video.name)) continue;
      const result = await page.evaluate(record, video);
      const raw = Buffer.from(result.webm, 'base64');
      const before = await page.evaluate(probe, raw.toString('base64'));
      const fixed = withDuration(raw, durationMs(video, before.actual));
      const after = await page.evaluate(probe, fixed.toString('base64'));
      const poster = Buffer.from(result.poster.split(',')[1], 'base64');
      await writeFile(join(here, `${video.name}.webm`), fixed);
      await writeFile(join(here, `${video.name}-poster.png`), poster);
      console.log(
        JSON.stringify({
          name: video.name,
          mimeType: result.mimeType,
          recordedSeconds: Number(result.elapsed.toFixed(2)),
          bytes: fixed.length,
          posterBytes: poster.length,
          durationBeforeFix: String(before.reported),
          durationActual: before.actual,
          durationAfterFix: after.reported,
          seekedTo: after.seekedTo,
          size: `${after.width}x${after.height}`,
        }),
      );
      if (!Number.isFinite(after.reported) || after.reported <= 0)
        throw new Error(`${video.name}: no finite duration`);
      if (fixed.length > 300 * 1024)
        throw new Error(`${video.name} is ${fixed.length} bytes, over the 300 KB budget`);
    }
  } finally {
    await browser.close();
  }
}

/** `--fix-duration NAME`: writes the nominal duration into an existing recording, without recording it again. */
async function fixDuration(name) {
  const video = VIDEOS.find((v) => v.name === name);
  if (!video) throw new Error(`no video ${name}`);
  const file = join(here, `${name}.webm`);
  await writeFile(file, withDuration(await readFile(file), video.seconds * 1000));
  console.log(`${name}.webm: Duration ${video.seconds} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fix = process.argv.indexOf('--fix-duration');
  (fix > -1 ? fixDuration(process.argv[fix + 1]) : main()).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
