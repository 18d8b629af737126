import { waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../src/core/context';
import { createInstance } from '../../../src/core/instance';
import { setupHandoff } from '../../../src/handoff';
import { type PanelRegistry, setupPanel } from '../../../src/panel';
import { createPanelRegistry } from '../../../src/panel/registry';
import { panelCss } from '../../../src/panel/styles';
import type { PathlightConfig, PathlightInstance } from '../../../src/types';
import { useStore } from '../../../src/ui/use-store';
import { codes, collectErrors, resetPage, roots, shadowOf, spyWarn } from '../setup/dom';
import { ARTICLES, CATEGORIES, fakeKb } from './kb-fake';

const made: PathlightInstance[] = [];

/** The panel and the hand-off as the composition root wires them, plus `register` for one more capability. */
function mount(
  register: (rt: Runtime, panel: PanelRegistry) => void = () => {},
  config: PathlightConfig = {},
) {
  const help = createInstance({
    css: panelCss,
    chunks: {},
    features: [],
    ui: (rt) => {
      const panel = setupPanel(rt, fakeKb(ARTICLES, CATEGORIES));
      setupHandoff(rt, panel.registry);
      register(rt, panel.registry);
      return panel.mount;
    },
  });
  made.push(help);
  const errors = collectErrors(help);
  help.init(config);
  const shadow = shadowOf(roots().length - 1);
  const ui = within(shadow.querySelector<HTMLElement>('.pl-app')!);
  return { help, errors, shadow, ui };
}

function Checklist({ rt }: { rt: Runtime }) {
  const { t } = useStore(rt.$t);
  return <p>{t('checklist.progress', { done: 1, total: 3 })}</p>;
}

beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

describe('panel views are registered', () => {
  it("open('checklist') reports that no capability registers it, naming the views there are, and opens home", async () => {
    const warn = spyWarn();
    const { help, errors, ui } = mount();
    const opened: string[] = [];
    help.on('open', ({ view }) => opened.push(view));
    help.open('checklist');
    expect(codes(errors)).toEqual(['config_invalid']);
    expect(errors[0]!.message).toBe(
      'open("checklist"): the view should be one of home, search, article, contact.',
    );
    expect(warn.messages()).toHaveLength(1);
    expect(opened).toEqual(['home']);
    await waitFor(() => expect(ui.getByRole('dialog', { name: 'Help' })).toBeTruthy());
  });

  it('opens a view a capability registered, titled by its message key', async () => {
    // The strings of a capability in a lazy chunk are not in the main bundle's catalog: the host's stand in.
    const messages = {
      en: { 'checklist.title': 'Getting started', 'checklist.progress': '{done} of {total} done' },
    };
    const { help, errors, ui } = mount(
      (rt, panel) => {
        rt.onDestroy(panel.addView({ id: 'checklist', titleKey: 'checklist.title', component: Checklist }));
      },
      { messages },
    );
    const opened: string[] = [];
    help.on('open', ({ view }) => opened.push(view));
    help.open('checklist');
    await waitFor(() => expect(ui.getByRole('dialog', { name: 'Getting started' })).toBeTruthy());
    expect(ui.getByRole('heading', { name: 'Getting started', level: 2 })).toBeTruthy();
    expect(ui.getByText('1 of 3 done')).toBeTruthy();
    expect(opened).toEqual(['checklist']);
    expect(errors).toEqual([]);
  });

  it('draws home sections by order, between the built-in ones; the hand-off comes before the topics', async () => {
    history.replaceState(null, '', '/settings/profile');
    const { help, shadow } = mount(
      (rt, panel) => {
        rt.onDestroy(
          panel.addSection({
            id: 'between',
            slot: 'home',
            order: 15,
            component: () => <section class="pl-section">between</section>,
          }),
        );
      },
      { handoff: { email: 'help@example.com' } },
    );
    help.open();
    await waitFor(() => expect(shadow.querySelectorAll('.pl-section')).toHaveLength(3));
    const order = [...shadow.querySelectorAll('.pl-section, .pl-card')].map(
      (el) => el.querySelector('h3')?.textContent ?? el.textContent,
    );
    expect(order).toEqual(['Suggested for this page', 'between', 'Still need help?', 'Browse topics']);
  });

  it('refuses a second view or section with the same id, and a removed view no longer opens', () => {
    const reported: string[] = [];
    const registry = createPanelRegistry((_code, message) => reported.push(message));
    const first = () => <p>first</p>;
    const remove = registry.addView({ id: 'contact', titleKey: 'contact.title', component: first });
    registry.addView({ id: 'contact', titleKey: 'contact.title', component: () => <p>second</p> });
    registry.addSection({ id: 's', slot: 'home', order: 1, component: () => null });
    registry.addSection({ id: 's', slot: 'article', order: 1, component: () => null });
    expect(reported).toEqual([
      'The panel view "contact" is registered twice; the second one is ignored.',
      'The panel section "s" is registered twice; the second one is ignored.',
    ]);
    expect(registry.$views.get().get('contact')?.component).toBe(first);
    expect(registry.$sections.get().map((s) => s.slot)).toEqual(['home']);
    remove();
    expect(registry.$views.get().has('contact')).toBe(false);
  });
});
