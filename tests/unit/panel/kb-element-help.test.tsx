import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PathlightInstance } from '../../../src/types';
import { resetPage, settle } from '../setup/dom';
import { mountPanel } from './kb-fake';

vi.mock('../../../src/content/renderer', () => ({
  createArticleRenderer: () => ({ render: () => '<p>body</p>', sanitize: (html: string) => html }),
}));

const made: PathlightInstance[] = [];
beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

function mount() {
  const mounted = mountPanel();
  made.push(mounted.help);
  return {
    ...mounted,
    helpButtons: () => [...mounted.shadow.querySelectorAll<HTMLButtonElement>('.pl-element-help')],
  };
}

describe('element-level help', () => {
  it('adds a "?" named after the article to each marked element, and opens the article on click', async () => {
    document.body.innerHTML = `
      <label>Password <input id="pw" data-pathlight-article="reset-password"></label>
      <button id="new" data-pathlight-article="create-invoice">New invoice</button>
      <span data-pathlight-article="no-such-article">Unknown</span>`;
    const { ui, helpButtons, help } = mount();
    await waitFor(() => expect(helpButtons()).toHaveLength(2));
    expect(helpButtons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Help: Reset your password',
      'Help: Create an invoice',
    ]);
    // Nothing is added to or changed on the host's elements.
    expect(document.getElementById('pw')!.outerHTML).toBe(
      '<input id="pw" data-pathlight-article="reset-password">',
    );
    expect(document.querySelectorAll('button')).toHaveLength(1);

    const opened = vi.fn();
    help.on('article:view', opened);
    // Placement and visibility are real-layout matters (tests/browser/kb-panel.test.mjs); here: the click.
    await waitFor(() => expect(helpButtons()[1]!.hasAttribute('data-placed')).toBe(true));
    fireEvent.click(helpButtons()[1]!);
    await waitFor(() => expect(opened).toHaveBeenCalledWith({ id: 'create-invoice' }));
    expect(ui.getByRole('heading', { name: 'Create an invoice' })).toBeTruthy();
  });

  it('follows elements the page adds and removes (through the shared element watcher)', async () => {
    const { helpButtons } = mount();
    await settle();
    expect(helpButtons()).toHaveLength(0);
    const field = document.createElement('input');
    field.setAttribute('data-pathlight-article', 'reset-password');
    document.body.append(field);
    await waitFor(() => expect(helpButtons()).toHaveLength(1));
    field.remove();
    await waitFor(() => expect(helpButtons()).toHaveLength(0));
  });

  it('removes its buttons and layer on destroy', async () => {
    document.body.innerHTML = '<input data-pathlight-article="reset-password">';
    const { help, helpButtons, shadow } = mount();
    await waitFor(() => expect(helpButtons()).toHaveLength(1));
    help.destroy();
    expect(shadow.isConnected ? shadow.querySelector('.pl-element-help') : null).toBeNull();
    expect(document.querySelector('pathlight-root')).toBeNull();
  });
});
