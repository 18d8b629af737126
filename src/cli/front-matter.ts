/**
 * A small, hand-written reader for the YAML front matter of help articles (`---` … `---` at the top of a
 * Markdown file). Not a YAML parser: it reads the part of YAML that front matter uses —
 *
 * - `key: value` mappings, nested by indentation (spaces, not tabs);
 * - `- item` lists, whose items may be mappings (`- at: 0` with `text: …` under it);
 * - flow lists and mappings on one line: `[a, "b, c"]`, `{ src: /v.webm, duration: 20 }`;
 * - plain, "double-quoted" (JSON escapes) and 'single-quoted' ('' for ') strings; numbers, `true`, `false`,
 *   `null` and `~` in plain scalars; `|` and `>` block strings; `# comments`.
 *
 * Anchors, aliases, tags, multi-line plain or quoted scalars and `? ` keys are refused with the line they are on,
 * so a file that needs them fails loudly instead of being read wrong. Every value's line is kept, so a problem
 * found later (`video.src: expected …`) can name `file.md:7`.
 */

export interface FrontMatter {
  /** The parsed front matter (an empty object when the file has none). */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** The line (from 1, in the file) of each value by its path: `title`, `video.src`, `tags[1]`. */
  lines: Map<string, number>;
}

/** A problem in the front matter, at its line of the file. */
export class FrontMatterError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

interface Line {
  /** Line number in the file. */
  at: number;
  indent: number;
  /** The text after the indentation, comment removed, right-trimmed. */
  text: string;
  /** The text after the indentation as written (block strings keep their `#`). */
  raw: string;
}

const OPEN = /^---[ \t]*$/;
/** Deepest nesting read: front matter needs three or four levels; this keeps a hostile file off the stack's end. */
const MAX_DEPTH = 32;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/**
 * Splits a Markdown file into front matter and body. A file that does not start with `---` has no front matter.
 * Throws {@link FrontMatterError} (with the line) when the front matter cannot be read.
 * @example
 * readFrontMatter('---\ntitle: Reset your password\ntags: [account]\n---\n# Steps').data
 * // { title: 'Reset your password', tags: ['account'] }
 */
export function readFrontMatter(text: string): FrontMatter {
  const source = text.replace(/^\uFEFF/, '');
  const all = source.split(/\r?\n/);
  const lines = new Map<string, number>();
  if (!OPEN.test(all[0] ?? '')) return { data: {}, body: source, lines };
  const end = all.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) throw new FrontMatterError(1, 'front matter is not closed (no --- line after it)');
  const rows: Line[] = [];
  for (let i = 1; i < end; i++) {
    const line = all[i]!;
    const at = i + 1;
    const indent = line.search(/[^ ]|$/);
    if (line[indent] === '\t')
      throw new FrontMatterError(at, 'a tab in the indentation (indent with spaces)');
    const raw = line.slice(indent).trimEnd();
    rows.push({ at, indent, raw, text: stripComment(raw) });
  }
  const reader = new Reader(rows, lines);
  const data = reader.block(0, '');
  if (data === undefined) return { data: {}, body: all.slice(end + 1).join('\n'), lines };
  if (!isMapping(data)) throw new FrontMatterError(2, 'front matter must be key: value lines');
  return { data, body: all.slice(end + 1).join('\n'), lines };
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text without a `# comment` (one that starts the text or follows a space, outside quotes). */
function stripComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === "'" && quote === "'" && text[i + 1] === "'") i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[{,-]/.test(text[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text;
}

const KEY = /^([^\s'"[\]{},#&*!|>%@`-][^:#]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'):(?:[ ]+|$)/;

class Reader {
  private i = 0;
  constructor(
    private readonly rows: Line[],
    private readonly lines: Map<string, number>,
  ) {}

  private next(): Line | undefined {
    while (this.i < this.rows.length && this.rows[this.i]!.text === '') this.i++;
    return this.rows[this.i];
  }

  /** A mapping or list whose lines are indented at least `min`, or undefined when there is none. */
  block(min: number, path: string): unknown {
    const first = this.next();
    if (!first || first.indent < min) return undefined;
    if (path.split(/[.[]/).length > MAX_DEPTH)
      throw new FrontMatterError(first.at, `nested deeper than ${MAX_DEPTH} levels`);
    return first.text.startsWith('- ') || first.text === '-'
      ? this.list(first.indent, path)
      : this.mapping(first.indent, path);
  }

  private mapping(indent: number, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let row = this.next(); row && row.indent >= indent; row = this.next()) {
      if (row.indent > indent) throw new FrontMatterError(row.at, 'unexpected indentation');
      const match = KEY.exec(row.text);
      if (!match) {
        const hint = row.text.startsWith('- ')
          ? 'a list item where a key was expected'
          : 'expected key: value';
        throw new FrontMatterError(row.at, `${hint}: ${row.text}`);
      }
      const key = unquoteKey(match[1]!.trim());
      if (Object.hasOwn(out, key)) throw new FrontMatterError(row.at, `${key} is given twice`);
      const at = path ? `${path}.${key}` : key;
      this.lines.set(at, row.at);
      this.i++;
      out[key] = this.value(row, row.text.slice(match[0].length), indent, at);
    }
    return out;
  }

  private list(indent: number, path: string): unknown[] {
    const out: unknown[] = [];
    for (let row = this.next(); row && row.indent >= indent; row = this.next()) {
      if (row.indent > indent) throw new FrontMatterError(row.at, 'unexpected indentation');
      if (!(row.text.startsWith('- ') || row.text === '-')) break;
      const at = `${path}[${out.length}]`;
      this.lines.set(at, row.at);
      const rest = row.text.slice(1).trimStart();
      const offset = row.indent + (row.text.length - rest.length);
      if (KEY.test(rest)) {
        // `- key: value` starts a mapping at the item's own indentation: read it as if on lines of its own.
        this.rows[this.i] = {
          ...row,
          indent: offset,
          text: rest,
          raw: row.raw.slice(row.raw.length - rest.length),
        };
        out.push(this.mapping(offset, at));
      } else {
        this.i++;
        out.push(this.value(row, rest, indent, at));
      }
    }
    return out;
  }

  /** The value after `key:` or `- `: inline, a block string, or a nested block below. */
  private value(row: Line, text: string, indent: number, path: string): unknown {
    if (text === '') {
      // YAML lets a key's list sit at the key's own indentation (`tags:` then `- a`).
      const next = this.next();
      const sameLevelList = next?.indent === indent && /^-( |$)/.test(next.text) && !/^-( |$)/.test(row.text);
      return (sameLevelList ? this.list(indent, path) : this.block(indent + 1, path)) ?? null;
    }
    if (/^[|>][+-]?$/.test(text)) return this.blockString(text, indent);
    return inline(text, row.at, this.lines, path);
  }

  private blockString(marker: string, indent: number): string {
    const parts: Line[] = [];
    while (this.i < this.rows.length) {
      const row = this.rows[this.i]!;
      if (row.raw !== '' && row.indent <= indent) break;
      parts.push(row);
      this.i++;
    }
    const base = Math.min(...parts.filter((p) => p.raw !== '').map((p) => p.indent));
    const texts = parts.map((p) => (p.raw === '' ? '' : ' '.repeat(p.indent - base) + p.raw));
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    const joined = marker.startsWith('|')
      ? texts.join('\n')
      : texts.reduce(
          (out, line, i) =>
            i === 0 ? line : out + (line === '' ? '\n' : out.endsWith('\n') ? line : ` ${line}`),
          '',
        );
    return marker.endsWith('-') ? joined : `${joined}\n`;
  }
}

function unquoteKey(key: string): string {
  if (key.startsWith('"')) return JSON.parse(key) as string;
  if (key.startsWith("'")) return key.slice(1, -1).replaceAll("''", "'");
  return key;
}

/** One line's value: a flow list or mapping, a quoted string, or a plain scalar. */
function inline(text: string, line: number, lines: Map<string, number>, path: string): unknown {
  const flow = new Flow(text, line, lines);
  const value = flow.value(path, true);
  flow.space();
  if (flow.at < text.length)
    throw new FrontMatterError(line, `unexpected text after the value: ${text.slice(flow.at)}`);
  return value;
}

class Flow {
  at = 0;
  constructor(
    private readonly text: string,
    private readonly line: number,
    private readonly lines: Map<string, number>,
  ) {}

  space(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private fail(message: string): never {
    throw new FrontMatterError(this.line, message);
  }

  /** A value; `top` is a whole line's value (plain scalars may hold `,` `]` `}` there). */
  value(path: string, top = false): unknown {
    this.space();
    if (path.split(/[.[]/).length > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    this.lines.set(path, this.line);
    const c = this.text[this.at];
    if (c === '[') return this.list(path);
    if (c === '{') return this.mapping(path);
    if (c === '"' || c === "'") return this.quoted();
    if (c === '&' || c === '*' || c === '!')
      this.fail(`anchors, aliases and tags are not supported: ${this.text.slice(this.at)}`);
    const stop = top ? /$/ : /[,\]}]/;
    const rest = this.text.slice(this.at);
    const end = top ? rest.length : rest.search(stop) < 0 ? rest.length : rest.search(stop);
    this.at += end;
    return scalar(rest.slice(0, end).trim());
  }

  private quoted(): string {
    const quote = this.text[this.at]!;
    let i = this.at + 1;
    while (i < this.text.length) {
      if (quote === '"' && this.text[i] === '\\') i += 2;
      else if (this.text[i] === quote && quote === "'" && this.text[i + 1] === "'") i += 2;
      else if (this.text[i] === quote) break;
      else i++;
    }
    if (i >= this.text.length)
      this.fail(`unclosed ${quote === '"' ? 'double' : 'single'} quote (quoted strings stay on one line)`);
    const body = this.text.slice(this.at + 1, i);
    this.at = i + 1;
    if (quote === "'") return body.replaceAll("''", "'");
    try {
      return JSON.parse(`"${body.replace(/\t/g, '\\t')}"`) as string;
    } catch {
      return this.fail(`bad escape in "${body}"`);
    }
  }

  private list(path: string): unknown[] {
    this.at++;
    const out: unknown[] = [];
    for (;;) {
      this.space();
      if (this.text[this.at] === ']') {
        this.at++;
        return out;
      }
      out.push(this.value(`${path}[${out.length}]`));
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== ']')
        this.fail('expected , or ] in a [ … ] list (it must end on its line)');
    }
  }

  private mapping(path: string): Record<string, unknown> {
    this.at++;
    const out: Record<string, unknown> = {};
    for (;;) {
      this.space();
      if (this.text[this.at] === '}') {
        this.at++;
        return out;
      }
      const key = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:,{}[\]\s][^:,{}[\]]*?)\s*:(?:\s|(?=[,}]))/.exec(
        this.text.slice(this.at),
      );
      if (!key) this.fail('expected key: value in a { … } mapping (it must end on its line)');
      this.at += key[0].length;
      const name = unquoteKey(key[1]!);
      out[name] = this.value(`${path}.${name}`);
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== '}') this.fail('expected , or } in a { … } mapping');
    }
  }
}

/** A plain scalar: null, a boolean, a number, or the text itself. */
function scalar(text: string): unknown {
  if (text === '' || text === '~' || text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return Number(text);
  return text;
}
