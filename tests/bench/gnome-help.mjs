// A real, translated help corpus for the relevance bench: GNOME Help ("Desktop Help"), as Debian's
// `gnome-user-docs` package installs it under /usr/share/help/<lang>/gnome-help/*.page (Mallard XML, CC BY-SA).
// Nothing of it is kept in this repository: the bench reads the installed files and turns each page into a
// feed article in memory (title, desc → summary, body → Markdown, its guide → category).
//
//   apt-get install -y gnome-user-docs

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HELP_ROOT = process.env.PATHLIGHT_GNOME_HELP ?? '/usr/share/help';
export const INSTALL_HINT =
  'GNOME Help is not installed: `sudo apt-get install -y gnome-user-docs` (Debian/Ubuntu) puts it in ' +
  '/usr/share/help/<lang>/gnome-help/ (or set PATHLIGHT_GNOME_HELP to a folder that holds <lang>/gnome-help/).';

/** Pathlight locale → the folder GNOME Help uses for it ("C" is the English original). */
const FOLDERS = { en: 'C', de: 'de', pl: 'pl', ru: 'ru', uk: 'uk', lt: 'lt', vi: 'vi', ro: 'ro' };

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—' };
const decode = (s) =>
  s.replace(/&(#x?[\da-f]+|\w+);/gi, (_, e) =>
    e[0] === '#' ? String.fromCodePoint(Number(`0${e.slice(1)}`)) : (ENTITIES[e] ?? ' '),
  );
const text = (xml) =>
  decode(xml.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * One Mallard page → `{ id, type, title, desc, guide, body }`; the body as Markdown (section titles as
 * headings, list and step items as list items, table cells joined by " | "). Comments, credits, media and
 * conditional blocks for other platforms' variants are dropped.
 */
export function parsePage(xml) {
  const id = xml.match(/<page\b[^>]*\bid="([^"]+)"/)?.[1];
  const type = xml.match(/<page\b[^>]*\btype="([^"]+)"/)?.[1] ?? 'topic';
  const info = xml.match(/<info>([\s\S]*?)<\/info>/)?.[1] ?? '';
  const desc = text(info.match(/<desc>([\s\S]*?)<\/desc>/)?.[1] ?? '');
  const guide = info.match(/<link\s+type="guide"\s+xref="([^"#]+)/)?.[1];
  let rest = xml
    .replace(/<info>[\s\S]*?<\/info>/g, '')
    .replace(/<comment>[\s\S]*?<\/comment>/g, '')
    .replace(/<media\b[^>]*\/>|<media\b[\s\S]*?<\/media>/g, '')
    .replace(/<links\b[^>]*\/>/g, '');
  const title = text(rest.match(/<title\b[^>]*>([\s\S]*?)<\/title>/)?.[1] ?? '');
  rest = rest.replace(/<title\b[^>]*>[\s\S]*?<\/title>/, '');
  const body = decode(
    rest
      .replace(/\s+/g, ' ')
      .replace(/<title\b[^>]*>([\s\S]*?)<\/title>/g, (_, t) => `\n\n## ${text(t)}\n\n`)
      .replace(/<item\b[^>]*>/g, '\n- ')
      .replace(/<(td|th)\b[^>]*>/g, ' | ')
      .replace(/<\/key>/g, ' ')
      .replace(/<\/(p|tr|item|note|section|steps|list|table|terms|code|screen|example)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '-' && !(line === '' && lines[i - 1] === ''))
    .join('\n')
    .replace(/^- *\n+/gm, '- ')
    .trim();
  return { id, type, title, desc, guide, body };
}

const cache = new Map();

/**
 * The feed for one language, or undefined when GNOME Help is not installed. Pages whose title is the English
 * original's (not translated in that language) are left out, so every feed is in one language.
 * @returns {{ version: 1, locale: string, categories: object[], articles: object[] } | undefined}
 */
export function gnomeHelpFeed(locale) {
  if (cache.has(locale)) return cache.get(locale);
  const dir = (l) => join(HELP_ROOT, FOLDERS[l], 'gnome-help');
  if (!FOLDERS[locale] || !existsSync(dir(locale)) || !existsSync(dir('en'))) return undefined;
  const read = (l) =>
    new Map(
      readdirSync(dir(l))
        .filter((f) => f.endsWith('.page'))
        .map((f) => parsePage(readFileSync(join(dir(l), f), 'utf8')))
        .filter((p) => p.id)
        .map((p) => [p.id, p]),
    );
  const pages = read(locale);
  const english = locale === 'en' ? pages : read('en');
  const translated = (p) => locale === 'en' || p.title !== english.get(p.id)?.title;
  const guides = [...pages.values()].filter((p) => p.type === 'guide' && translated(p));
  const feed = {
    version: 1,
    locale,
    categories: guides.map((g) => ({ id: g.id, title: g.title })),
    articles: [...pages.values()]
      .filter((p) => p.type === 'topic' && p.title && translated(p))
      .map((p) => ({
        id: p.id,
        title: p.title,
        ...(p.desc ? { summary: p.desc } : {}),
        body: p.body,
        format: 'markdown',
        ...(p.guide && guides.some((g) => g.id === p.guide) ? { category: p.guide } : {}),
      })),
  };
  cache.set(locale, feed);
  return feed;
}

export const GNOME_LOCALES = Object.keys(FOLDERS);
