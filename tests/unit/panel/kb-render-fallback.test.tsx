import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PathlightInstance } from '../../../src/types';
import { collectErrors, resetPage, spyWarn } from '../setup/dom';
import { mountPanel } from './kb-fake';

// happy-dom is a DOM where DOMPurify cannot sanitize (it leaves <script> and onerror in place): the
// sanitizer notices with its self-check and the panel shows the article as plain text, never as HTML.
const made: PathlightInstance[] = [];
beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

describe('a DOM where the sanitizer cannot work', () => {
  it.each([
    ['invoice-taxes', 'Hello'],
    ['reset-password', '## Steps'],
  ])('shows %s as plain text and reports it, inserting no HTML', async (id, text) => {
    spyWarn();
    const { help, shadow } = mountPanel();
    made.push(help);
    const errors = collectErrors(help);
    help.showArticle(id);
    const plain = await waitFor(() => {
      const element = shadow.querySelector('.pl-article-plain');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(plain.textContent).toContain(text);
    expect(plain.children).toHaveLength(0);
    expect(shadow.querySelector('.pl-article-body[data-state="failed"]')?.childNodes).toHaveLength(0);
    expect(shadow.querySelector('.pl-article script, .pl-article img, .pl-article h2')).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ code: 'internal', message: expect.stringContaining('sanitizer') }),
    ]);
  });
});
