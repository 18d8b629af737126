import type { PathlightConfig, ThemeConfig } from '../types';
import { themeVariables } from '../ui/styles';

export interface ContainerLook {
  scheme: 'light' | 'dark';
  dir: string;
  lang: string;
}

/**
 * Theme variables, colour scheme, side and direction live on the container `mountHost` made, not on a
 * wrapper element. Written by the first script before it draws the launcher and by `<App>` before each
 * paint: the same values, so nothing moves when the app takes over.
 */
export function styleContainer(
  container: HTMLElement,
  config: Readonly<PathlightConfig>,
  look: ContainerLook,
): void {
  const launcher = config.launcher ?? {};
  container.dataset.scheme = look.scheme;
  container.dataset.side = launcher.position === 'bottom-left' ? 'left' : 'right';
  container.dir = look.dir;
  container.lang = look.lang;
  // An empty value removes the property: a key setTheme() returned to its default.
  for (const [name, value] of Object.entries(themeVariables(config.theme)))
    container.style.setProperty(name, value);
  const { offsetTop, offsetBottom } = config.panel ?? {};
  if (launcher.offset !== undefined) container.style.setProperty('--pl-offset', `${launcher.offset}px`);
  if (offsetTop !== undefined) container.style.setProperty('--pl-top', `${offsetTop}px`);
  if (offsetBottom !== undefined) container.style.setProperty('--pl-bottom', `${offsetBottom}px`);
}

/** `(prefers-color-scheme: dark)` where the theme says `auto` (or nothing). */
export const DARK_QUERY = '(prefers-color-scheme: dark)';
/** `{ followHost: true }`: the usual ways apps mark dark mode on `<html>`. */
export const HOST_DARK = '.dark,[data-theme="dark"],[data-bs-theme="dark"],[data-color-scheme="dark"]';

type SchemeSetting = ThemeConfig['colorScheme'];

/** The scheme a setting gives now: fixed, the system's (`auto`), or the host page's (`followHost`). */
export function colorScheme(setting: SchemeSetting = 'auto', doc: Document = document): 'light' | 'dark' {
  if (typeof setting === 'object') {
    const selector = setting.followHost === true ? HOST_DARK : setting.followHost;
    try {
      return doc.documentElement.matches(selector) ? 'dark' : 'light';
    } catch {
      return 'light';
    }
  }
  if (setting === 'light' || setting === 'dark') return setting;
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/**
 * Calls `onChange` when what `colorScheme(setting)` says may have changed: `<html>`'s attributes for
 * `followHost` (one MutationObserver on that element alone), the system's scheme for `auto`. Returns the teardown.
 */
export function watchColorScheme(
  setting: SchemeSetting,
  onChange: () => void,
  doc: Document = document,
): () => void {
  if (typeof setting === 'object') {
    const observer = new MutationObserver(onChange);
    observer.observe(doc.documentElement, { attributes: true });
    return () => observer.disconnect();
  }
  if ((setting ?? 'auto') !== 'auto' || typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
