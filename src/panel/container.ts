import type { PathlightConfig } from '../types';
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
  for (const [name, value] of Object.entries(themeVariables(config.theme)))
    container.style.setProperty(name, value);
  const { offsetTop, offsetBottom } = config.panel ?? {};
  if (launcher.offset !== undefined) container.style.setProperty('--pl-offset', `${launcher.offset}px`);
  if (offsetTop !== undefined) container.style.setProperty('--pl-top', `${offsetTop}px`);
  if (offsetBottom !== undefined) container.style.setProperty('--pl-bottom', `${offsetBottom}px`);
}

/** `(prefers-color-scheme: dark)` where the theme says `auto` (or nothing). */
export const DARK_QUERY = '(prefers-color-scheme: dark)';
export function colorScheme(setting: 'auto' | 'light' | 'dark' = 'auto', dark: boolean): 'light' | 'dark' {
  if (setting !== 'auto') return setting;
  return dark ? 'dark' : 'light';
}
