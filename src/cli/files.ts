/**
 * Input files for the CLIs: globs expanded (Node 20 has no fs.glob), and lines streamed from plain or gzip files
 * in bounded memory (a chunk at a time; a "line" longer than MAX_LINE is not kept whole but reported as too long).
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Longest line kept (bytes of text): a record is a few hundred; longer is not a record. */
export const MAX_LINE = 1024 * 1024;

const GLOB = /[*?[]/;

function segmentRegExp(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/**
 * A path with `*`, `?`, `[…]` or `**` → the files it names, sorted. A path without them is returned as it is
 * (whether it exists is the reader's business, so a missing file is reported by name).
 */
export function expandGlob(pattern: string): string[] {
  if (!GLOB.test(pattern)) return [pattern];
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 0 && !GLOB.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length === 0 ? '.' : fixed.join(sep) || sep;
  const found: string[] = [];
  const walk = (dir: string, rest: string[]): void => {
    if (rest.length === 0) {
      if (isFile(dir)) found.push(dir);
      return;
    }
    const [head, ...tail] = rest as [string, ...string[]];
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    if (head === '**') {
      walk(dir, tail);
      for (const name of names)
        if (!name.startsWith('.') && isDir(join(dir, name))) walk(join(dir, name), rest);
      return;
    }
    const re = segmentRegExp(head);
    for (const name of names.sort()) {
      if (name.startsWith('.') && !head.startsWith('.')) continue;
      if (re.test(name)) walk(fixed.length === 0 && dir === '.' ? name : join(dir, name), tail);
    }
  };
  walk(base, parts);
  return [...new Set(found)].sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The stream of a file's text: gunzipped when it ends in .gz, stdin for `-`. */
export function openText(file: string): Readable {
  const raw = file === '-' ? process.stdin : createReadStream(file);
  const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  // A read error of the file reaches the gunzip stream's consumer too.
  if (stream !== raw) raw.on('error', (error: Error) => stream.destroy(error));
  stream.setEncoding('utf8');
  return stream;
}

/**
 * Calls `onLine(text, number)` for each line (numbered from 1, `\r\n` or `\n`); a line over MAX_LINE is passed as
 * `null` (malformed, not kept). Rejects when the file cannot be read or unzipped; lines before the error were passed.
 */
export async function eachLine(
  file: string,
  onLine: (text: string | null, line: number) => void,
): Promise<void> {
  let carry = '';
  let tooLong = false;
  let line = 0;
  const emit = (text: string) => {
    line++;
    if (tooLong) {
      tooLong = false;
      onLine(null, line);
      return;
    }
    onLine(text.endsWith('\r') ? text.slice(0, -1) : text, line);
  };
  for await (const chunk of openText(file) as AsyncIterable<string>) {
    let start = 0;
    let at = chunk.indexOf('\n');
    while (at >= 0) {
      emit(carry === '' ? chunk.slice(start, at) : carry + chunk.slice(start, at));
      carry = '';
      start = at + 1;
      at = chunk.indexOf('\n', start);
    }
    if (!tooLong) {
      carry += chunk.slice(start);
      if (carry.length > MAX_LINE) {
        tooLong = true;
        carry = '';
      }
    }
  }
  if (carry !== '' || tooLong) emit(carry);
}
