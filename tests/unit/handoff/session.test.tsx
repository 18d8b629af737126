/**
 * The contact form's draft belongs to the person who wrote it: `reset()` (signing out) forgets it from storage
 * and from the open form, and another user signing in on the same browser never sees it; the anonymous
 * visitor's draft goes with them when they sign in, and a reload keeps the draft as before.
 */
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPathlight } from '../../../src/index';
import type { PathlightConfig, PathlightInstance } from '../../../src/types';
import { resetPage, roots, shadowOf, tick } from '../setup/dom';

const made: PathlightInstance[] = [];
/** The first import of the handoff chunk compiles it: give it time under a busy run. */
const CHUNK = { timeout: 8000 };
/** The draft is saved this long after the last keystroke (session.ts waits 300 ms). */
const SAVED_MS = 400;
const MAYA = { id: 'maya', traits: { name: 'Maya Chen', email: 'maya@example.com' } };

async function openForm(config: PathlightConfig = {}) {
  const help = createPathlight({ handoff: { endpoint: '/api/contact' }, ...config });
  made.push(help);
  const shadow = shadowOf(roots().length - 1);
  const field = (id: string) => shadow.querySelector<HTMLInputElement>(`#pl-contact-${id}`);
  help.open('contact');
  await waitFor(() => expect(field('message')).not.toBeNull(), CHUNK);
  const values = () => ({
    name: field('name')?.value,
    email: field('email')?.value,
    message: field('message')?.value,
  });
  const write = async (text: string) => {
    fireEvent.input(field('message')!, { target: { value: text } });
    await tick(SAVED_MS);
  };
  return { help, values, write };
}

/** Every stored value that holds `text`, by key. */
const storedWith = (text: string) =>
  Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes(text));

beforeEach(resetPage);
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

describe('the contact draft and the user', () => {
  it('reset() forgets the draft: from storage, from the open form, and after a reload', async () => {
    const form = await openForm({ user: MAYA });
    await form.write('My invoice shows the wrong VAT number');
    expect(storedWith('wrong VAT')).toHaveLength(1);
    expect(form.values()).toEqual({
      name: 'Maya Chen',
      email: 'maya@example.com',
      message: 'My invoice shows the wrong VAT number',
    });

    form.help.reset();
    await waitFor(() => expect(form.values()).toEqual({ name: '', email: '', message: '' }));
    await tick(SAVED_MS);
    expect(storedWith('wrong VAT')).toEqual([]);
    expect(storedWith('maya@example.com')).toEqual([]);

    // A reload: a new instance over the same storage.
    form.help.destroy();
    const again = await openForm();
    expect(again.values()).toEqual({ name: '', email: '', message: '' });
  });

  it('another user signing in does not see the draft; its writer gets it back', async () => {
    const form = await openForm({ user: MAYA });
    await form.write('Please close my account');
    form.help.identify('sam', { name: 'Sam Roe', email: 'sam@example.com' });
    await waitFor(() =>
      expect(form.values()).toEqual({ name: 'Sam Roe', email: 'sam@example.com', message: '' }),
    );
    await tick(SAVED_MS);
    form.help.identify('maya', MAYA.traits);
    await waitFor(() => expect(form.values().message).toBe('Please close my account'));
  });

  it('signing in keeps what the anonymous visitor wrote, and a reload keeps the draft', async () => {
    const form = await openForm();
    await form.write('Where is the export button?');
    form.help.identify('maya', MAYA.traits);
    await tick(SAVED_MS);
    expect(form.values()).toEqual({
      name: 'Maya Chen',
      email: 'maya@example.com',
      message: 'Where is the export button?',
    });
    form.help.destroy();
    const again = await openForm();
    expect(again.values().message).toBe('Where is the export button?');
  });
});
