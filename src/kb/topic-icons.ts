import { ICON_PATHS } from '../ui/icon-paths';

/**
 * The icons a feed can name for a topic (`categories[].icon`), as 24 px stroke paths drawn like the widget's
 * own icons. In the `kb` chunk, not the panel's bundle: only a feed that names them needs them, and the
 * topics they decorate show once the feed is here.
 */
export const TOPIC_ICONS: Readonly<Record<string, string>> = {
  folder: ICON_PATHS.folder,
  document: ICON_PATHS.article,
  video: ICON_PATHS.play,
  chat: ICON_PATHS.chat,
  mail: ICON_PATHS.mail,
  help: ICON_PATHS.help,
  alert: ICON_PATHS.alert,
  check: ICON_PATHS.check,
  book: 'M4 19V5a2 2 0 0 1 2-2h14v14H6a2 2 0 0 0-2 2zm0 0a2 2 0 0 0 2 2h14M8 7h8',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 3.5a4 4 0 0 1 0 7M22 21a7 7 0 0 0-4-6.3',
  lock: 'M6 11h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1zM8 11V7a4 4 0 0 1 8 0v4',
  card: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM2 10h20M6 15h4',
  wallet:
    'M19 7V5a1 1 0 0 0-1-1H5a2 2 0 0 0 0 4h15a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a2 2 0 0 1-2-2V6M17 14h.01',
  chart: 'M3 3v18h18M8 17v-5M13 17V8M18 17v-9',
  percent: 'M19 5 5 19M7 9a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM17 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  plug: 'M9 2v5M15 2v5M6 7h12v4a6 6 0 0 1-12 0zM12 17v5',
  settings: 'M4 7h10M18 7h2M4 17h2M10 17h10M16 5v4M8 15v4',
  support:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6',
};

/** The names a feed may use, for messages and the schema. */
export const TOPIC_ICON_NAMES = Object.keys(TOPIC_ICONS);

/** A value that means an image (it has a path, a scheme or an extension), not one of the names. */
export const looksLikeUrl = (value: string): boolean => /[/:.]/.test(value);
