// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createPanelStore } from '../../../src/panel/state';

describe('createPanelStore', () => {
  it('opens on home, keeps the view across close and reopen', () => {
    const store = createPanelStore();
    store.open();
    expect(store.$panel.get()).toMatchObject({ open: true, view: 'home', history: [] });
    store.open('search');
    store.close();
    expect(store.$panel.get()).toMatchObject({ open: false, view: 'search' });
    store.open();
    expect(store.$panel.get()).toMatchObject({ open: true, view: 'search' });
  });

  it('records where Back goes, and Back from an empty history lands on home', () => {
    const store = createPanelStore();
    store.open('search');
    store.open('article', { articleId: 'a1' });
    store.open('contact');
    expect(store.$panel.get().history).toEqual(['search', 'article']);
    store.back();
    expect(store.$panel.get().view).toBe('article');
    store.back();
    store.back();
    store.back();
    expect(store.$panel.get()).toMatchObject({ view: 'home', history: [] });
  });

  it("does not record a step for the same view, and open('home') clears the history", () => {
    const store = createPanelStore();
    store.open('search');
    store.open('search');
    store.open('article');
    expect(store.$panel.get().history).toEqual(['search']);
    store.open('home');
    expect(store.$panel.get()).toMatchObject({ view: 'home', history: [] });
  });

  it('keeps at most 20 steps of history', () => {
    const store = createPanelStore();
    store.open('home');
    for (let i = 0; i < 30; i++) store.open(i % 2 ? 'search' : 'article');
    expect(store.$panel.get().history).toHaveLength(20);
  });

  it('keeps the query across views', () => {
    const store = createPanelStore();
    store.setQuery('refund');
    store.open('search');
    store.open('article');
    store.back();
    expect(store.$panel.get()).toMatchObject({ view: 'search', query: 'refund' });
  });

  it.each([
    ['Back', (store: ReturnType<typeof createPanelStore>) => store.back()],
    ["open('home')", (store: ReturnType<typeof createPanelStore>) => store.open('home')],
  ])('%s to home empties the field and leaves the category', (_, goHome) => {
    const store = createPanelStore();
    store.open('home');
    store.setQuery('refund');
    store.open('search', { category: 'billing' });
    goHome(store);
    expect(store.$panel.get()).toMatchObject({ view: 'home', query: '', category: undefined });
  });

  it('gives each store its own state', () => {
    const a = createPanelStore();
    const b = createPanelStore();
    a.open('contact');
    expect(b.$panel.get().open).toBe(false);
  });
});
