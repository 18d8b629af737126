// Screen capture for the contact form, as a lazy chunk of its own: loaded only when the user presses
// "Screenshot this page" or "Record screen". Both ask the browser, which shows its own prompt; nothing is
// captured without it. The composition root loads this file.

/**
 * What getDisplayMedia is asked for: this tab first (Chromium offers the current tab with `preferCurrentTab`;
 * Firefox and Safari ignore it and let the user pick a window or screen), no audio.
 */
const REQUEST = {
  video: { displaySurface: 'browser', frameRate: { ideal: 15, max: 30 } },
  audio: false,
  preferCurrentTab: true,
  selfBrowserSurface: 'include',
  surfaceSwitching: 'exclude',
} as DisplayMediaStreamOptions;

/** Why a capture ended without a picture: the user said no (or the page may not), or the browser failed. */
export class CaptureError extends Error {
  constructor(readonly why: 'denied' | 'blocked' | 'failed') {
    super(why);
  }
}

async function ask(): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getDisplayMedia(REQUEST);
  } catch (error) {
    const name = (error as { name?: string })?.name;
    // NotAllowedError: the user cancelled, or a policy forbids it (Chromium tells the two apart only up front).
    if (name === 'NotAllowedError' || name === 'AbortError') throw new CaptureError('denied');
    if (name === 'SecurityError') throw new CaptureError('blocked');
    throw new CaptureError('failed');
  }
}

const stopAll = (stream: MediaStream) => {
  for (const track of stream.getTracks()) track.stop();
};

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Widest screenshot kept: a 4K screen's frame is scaled down to this. */
const MAX_WIDTH = 1920;

/**
 * One frame of what the user chose to share, as a PNG. `hide` runs once sharing started (the panel steps
 * aside so the picture shows the page) and its return value restores it.
 */
export async function screenshot(hide: () => () => void): Promise<Blob> {
  const stream = await ask();
  const restore = hide();
  try {
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    // Two frames for the page to repaint without the panel, then a beat for the browser's sharing bar.
    await frame();
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const scale = Math.min(1, MAX_WIDTH / (video.videoWidth || MAX_WIDTH));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
    canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
    canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
    video.srcObject = null;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new CaptureError('failed');
    return blob;
  } finally {
    stopAll(stream);
    restore();
  }
}

/** A running recording: `stop()` ends it early; `done` gives the video (also when the user stops sharing). */
export interface Recording {
  stop(): void;
  done: Promise<Blob>;
}

const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'];

/** Records what the user chose to share, up to `maxSeconds`; `onSecond` ticks with the seconds recorded. */
export async function record(maxSeconds: number, onSecond: (seconds: number) => void): Promise<Recording> {
  const stream = await ask();
  const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported?.(type));
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 1_500_000 });
  } catch {
    stopAll(stream);
    throw new CaptureError('failed');
  }
  const parts: Blob[] = [];
  let seconds = 0;
  const ticker = setInterval(() => {
    seconds += 1;
    onSecond(seconds);
    if (seconds >= maxSeconds) stop();
  }, 1000);
  const stop = () => {
    clearInterval(ticker);
    if (recorder.state !== 'inactive') recorder.stop();
    stopAll(stream);
  };
  const done = new Promise<Blob>((resolve, reject) => {
    recorder.ondataavailable = (event) => event.data.size > 0 && parts.push(event.data);
    recorder.onstop = () =>
      parts.length
        ? resolve(new Blob(parts, { type: recorder.mimeType || 'video/webm' }))
        : reject(new CaptureError('failed'));
    recorder.onerror = () => {
      stop();
      reject(new CaptureError('failed'));
    };
  });
  // The browser's own "Stop sharing" ends the recording too.
  for (const track of stream.getVideoTracks()) track.addEventListener('ended', stop, { once: true });
  recorder.start(1000);
  return { stop, done };
}

declare module '../core/chunks' {
  interface Chunks {
    capture: typeof import('./capture-chunk');
  }
}
