// `?pathlight=author` opens authoring mode at init, unless the host turned the URL switch off
// (`authorFromUrl: false`): then only the host's own `author()` call opens it.
import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPathlight } from '../../../src/index';
import type { PathlightConfig, PathlightInstance } from '../../../src/types';
import { resetPage, roots, settle, shadowOf } from '../setup/dom';

const made: PathlightInstance[] = [];
/** The first import of the author chunk compiles it: give it time under a busy run. */
const CHUNK = { timeout: 8000 };

function mount(config: PathlightConfig = {}) {
  const help = createPathlight(config);
  made.push(help);
  const shadow = shadowOf(roots().length - 1);
  return { help, panel: () => shadow.querySelector('.pl-author') };
}

beforeEach(() => {
  resetPage();
  history.replaceState(null, '', '/invoices?pathlight=author');
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  history.replaceState(null, '', '/');
  resetPage();
});

describe('authoring mode from the URL', () => {
  it('opens with ?pathlight=author', async () => {
    const { panel } = mount();
    await waitFor(() => expect(panel()).not.toBeNull(), CHUNK);
  });

  it('stays closed with authorFromUrl: false, and opens on the host’s author() call', async () => {
    const { help, panel } = mount({ authorFromUrl: false });
    await settle();
    await settle();
    expect(panel()).toBeNull();
    help.author();
    await waitFor(() => expect(panel()).not.toBeNull(), CHUNK);
  });
});
