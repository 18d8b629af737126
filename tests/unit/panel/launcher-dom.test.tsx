import { atom } from 'nanostores';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../../../src/core/context';
import { createTranslator } from '../../../src/i18n';
import { catalogs } from '../../../src/i18n/catalogs';
import en from '../../../src/i18n/catalogs/en';
import { Launcher } from '../../../src/panel/Launcher';
import { drawLauncher } from '../../../src/panel/launcher-dom';
import { createPanelStore } from '../../../src/panel/state';
import type { PathlightConfig } from '../../../src/types';
import { resetPage } from '../setup/dom';

/** An element as a comparable value: tag, namespace, attributes in name order, children. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const el = node as Element;
  return {
    tag: el.localName,
    ns: el.namespaceURI,
    attributes: [...el.attributes].map((a) => [a.name, a.value]).sort(),
    children: [...el.childNodes].map(shape),
  };
}

/** `<Launcher>` as the app renders it, closed, for `config` in `locale`. */
function preactLauncher(config: PathlightConfig, locale = 'en'): HTMLElement {
  const catalog = locale === 'en' ? en : catalogs[locale];
  const rt = {
    config,
    $t: atom(createTranslator(locale, catalog, { overrides: config.messages?.[locale] })),
    $badge: atom(undefined),
    handlers: {},
  } as Partial<Runtime> as Runtime;
  const container = document.createElement('div');
  render(<Launcher rt={rt} store={createPanelStore()} />, container);
  return container;
}

function firstScriptLauncher(config: PathlightConfig) {
  const container = document.createElement('div');
  document.body.append(container);
  const hooks = { activate: vi.fn(), intent: vi.fn() };
  const teardown = drawLauncher(container, config, hooks);
  return { container, hooks, teardown };
}

beforeEach(() => resetPage());
afterEach(() => resetPage());

describe("the first script's launcher", () => {
  it.each<[string, PathlightConfig, string]>([
    ['the default', {}, 'en'],
    ['a configured label', { launcher: { label: 'Support' } }, 'en'],
    ['the host’s own string', { messages: { en: { 'launcher.label': 'Questions?' } } }, 'en'],
    ['a built-in locale', { locale: 'pl' }, 'pl'],
    ['a right-to-left locale', { locale: 'ar' }, 'ar'],
    ['a host-supplied locale', { locale: 'nb', messages: { nb: { 'launcher.label': 'Hjelp' } } }, 'nb'],
  ])('is the element <Launcher> renders: %s', (_, config, locale) => {
    const { container } = firstScriptLauncher(config);
    expect(container.children).toHaveLength(1);
    expect(shape(container.firstChild!)).toEqual(shape(preactLauncher(config, locale).firstChild!));
  });

  it('styles the container as <App> does: scheme, side, direction, language, theme', () => {
    const { container } = firstScriptLauncher({
      locale: 'ar',
      launcher: { position: 'bottom-left', offset: 32 },
      theme: { brandColor: '#0a7d55', colorScheme: 'dark' },
    });
    expect(container.dataset).toMatchObject({ scheme: 'dark', side: 'left' });
    expect([container.dir, container.lang]).toEqual(['rtl', 'ar']);
    expect(container.style.getPropertyValue('--pl-brand')).toBe('#0a7d55');
    expect(container.style.getPropertyValue('--pl-offset')).toBe('32px');
  });

  it('draws nothing when the launcher is hidden', () => {
    const { container } = firstScriptLauncher({ launcher: { hidden: true } });
    expect(container.children).toHaveLength(0);
  });

  it('asks to load on the first sign of use and opens on a click, until its teardown', () => {
    const { container, hooks, teardown } = firstScriptLauncher({});
    const button = container.querySelector('button')!;
    for (const type of ['pointerenter', 'pointerdown', 'focus', 'keydown'])
      button.dispatchEvent(new Event(type));
    expect(hooks.intent).toHaveBeenCalledTimes(4);
    button.click();
    expect(hooks.activate).toHaveBeenCalledTimes(1);
    teardown();
    button.click();
    button.dispatchEvent(new Event('pointerdown'));
    expect(hooks.activate).toHaveBeenCalledTimes(1);
    expect(hooks.intent).toHaveBeenCalledTimes(4);
  });

  it('is adopted by preact: the first render reuses the button', () => {
    const { container } = firstScriptLauncher({});
    const drawn = container.firstChild;
    const rendered = preactLauncher({});
    const rt = {
      config: {},
      $t: atom(createTranslator('en', en)),
      $badge: atom(undefined),
      handlers: {},
    } as Partial<Runtime> as Runtime;
    render(<Launcher rt={rt} store={createPanelStore()} />, container);
    expect(container.firstChild).toBe(drawn);
    expect(container.innerHTML).toBe(rendered.innerHTML);
  });
});
