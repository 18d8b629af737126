import { uiLocale } from '../core/locale';
import { isRtl } from '../i18n';
import { LAUNCHER_LABELS } from '../i18n/launcher-labels';
import type { PathlightConfig } from '../types';
import { ICON_ATTRIBUTES, ICON_PATHS } from '../ui/icon-paths';
import { colorScheme, styleContainer } from './container';
import { PANEL_ID } from './ids';

const SVG = 'http://www.w3.org/2000/svg';

/** What the launcher does before the panel's code has arrived. */
export interface LauncherHooks {
  /** A click (or Enter / Space): open the panel as soon as it can. */
  activate(): void;
  /** The first sign the visitor is about to use it (pointer over or down, focus, a key): start loading. */
  intent(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number>,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return el;
}

function svgElement(doc: Document, tag: string, attributes: Record<string, string | number>): Element {
  const el = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return el;
}

/** The label `<Launcher>` shows for this config, without a catalog: the host's, else the built-in one. */
function launcherLabel(config: Readonly<PathlightConfig>, locale: string): string {
  const own = config.messages?.[locale]?.['launcher.label'];
  return (
    config.launcher?.label ??
    (typeof own === 'string' ? own : undefined) ??
    LAUNCHER_LABELS[locale as keyof typeof LAUNCHER_LABELS] ??
    LAUNCHER_LABELS.en
  );
}

/** The tag `<App>` writes to `lang` (the translator's): built-in locales are canonical already, which spares init Intl. */
function canonical(locale: string): string {
  if (Object.hasOwn(LAUNCHER_LABELS, locale)) return locale;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The launcher as the first script draws it, without preact: the element, attributes and children that
 * `<Launcher>` renders while the panel is closed, in the container styled as `<App>` styles it. When the
 * panel's code arrives, preact adopts this very button (its first render reuses matching DOM), so the
 * launcher neither moves nor loses focus. Returns the teardown of its listeners (the element stays for the
 * app; `destroy()` removes the host with it).
 */
export function drawLauncher(
  container: HTMLElement,
  config: Readonly<PathlightConfig>,
  hooks: LauncherHooks,
): () => void {
  const doc = container.ownerDocument;
  // Not the locale a visitor saved with setLocale(): the first read of localStorage is a synchronous trip to
  // the browser process (8 ms median in the bench, up to 190 ms), too dear for init. The app reads it and,
  // in the rare case it differs, the launcher's label changes when the app takes over.
  const locale = uiLocale(config, config.locale);
  const tag = canonical(locale);
  styleContainer(container, config, {
    scheme: colorScheme(config.theme?.colorScheme, doc),
    dir: isRtl(tag) ? 'rtl' : 'ltr',
    lang: tag,
  });
  if (config.launcher?.hidden) return () => {};

  const button = element(doc, 'button', {
    type: 'button',
    class: 'pl-launcher',
    'data-open': 'false',
    'aria-expanded': 'false',
    'aria-controls': PANEL_ID,
  });
  const icons = element(doc, 'span', { class: 'pl-launcher-icon' });
  // Named one by one: the bundler then inlines these two paths instead of carrying every icon.
  for (const d of [ICON_PATHS.help, ICON_PATHS.close]) {
    const icon = svgElement(doc, 'svg', { width: 20, height: 20, ...ICON_ATTRIBUTES });
    icon.append(svgElement(doc, 'path', { d }));
    icons.append(icon);
  }
  const label = doc.createElement('span');
  label.textContent = launcherLabel(config, locale);
  button.append(icons, label);
  container.append(button);

  const onClick = () => hooks.activate();
  const onIntent = () => hooks.intent();
  const intents = ['pointerenter', 'pointerdown', 'focus', 'keydown'] as const;
  button.addEventListener('click', onClick);
  for (const type of intents) button.addEventListener(type, onIntent);
  return () => {
    button.removeEventListener('click', onClick);
    for (const type of intents) button.removeEventListener(type, onIntent);
  };
}
