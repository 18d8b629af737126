/**
 * WebVTT captions → a video transcript (`[{ at, text }]`, the feed's format): one line per cue, at its start time in
 * seconds, its text with the cue markup (`<v Anna>`, `<b>`, timestamps) taken out. NOTE, STYLE and REGION blocks are
 * skipped. A file that does not start with `WEBVTT` is refused, with the line.
 */
import { FrontMatterError } from './front-matter';

export interface TranscriptLine {
  at: number;
  text: string;
}

const TIMING = /^((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** `01:02:03.500` or `02:03.5` → seconds. */
const seconds = (time: string): number =>
  time
    .replace(',', '.')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '', rlm: '' };

/**
 * Reads a WebVTT file's cues. Throws {@link FrontMatterError} (a line and a message) when it is not WebVTT.
 * @example
 * readVtt('WEBVTT\n\n00:05.000 --> 00:09.000\nOpen <b>Customers</b>.')
 * // [{ at: 5, text: 'Open Customers.' }]
 */
export function readVtt(text: string): TranscriptLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? ''))
    throw new FrontMatterError(1, 'not a WebVTT file (the first line must be WEBVTT)');
  const out: TranscriptLine[] = [];
  for (let i = 1; i < lines.length; i++) {
    const timing = TIMING.exec(lines[i]!.trim());
    if (!timing) continue;
    const cue: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== ''; i++) cue.push(lines[i]!.trim());
    const words = cue
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (words) out.push({ at: Math.round(seconds(timing[1]!) * 1000) / 1000, text: words });
  }
  return out;
}
