import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, PathlightInstance, Video } from '../../../src/types';
import { collectErrors, resetPage, spyWarn } from '../setup/dom';
import { ARTICLES, fakeKb, mountPanel } from './kb-fake';

// happy-dom cannot run DOMPurify (the real sanitizer refuses to work here, see kb-render-fallback), so
// these tests of the panel's logic use the Markdown renderer without it; sanitizing is tested in Chromium
// (tests/browser/kb-xss.test.mjs).
vi.mock('../../../src/content/renderer', async () => {
  const { markdownToHtml } = await import('../../../src/content/markdown');
  return {
    createArticleRenderer: () => ({
      render: (article: { body: string; format: string }) =>
        article.format === 'markdown' ? markdownToHtml(article.body) : '<p>html article</p>',
      sanitize: (html: string) => html,
    }),
  };
});

const made: PathlightInstance[] = [];
beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

function openVideo(video: Video) {
  const article: Article = { id: 'v', title: 'Video article', format: 'markdown', body: 'Text', video };
  const mounted = mountPanel({}, fakeKb([article, ...ARTICLES]));
  made.push(mounted.help);
  mounted.help.showArticle('v');
  return mounted;
}

const chapters = [
  { at: 0, title: 'Intro' },
  { at: 42, title: 'Settings' },
];

describe('embedded videos', () => {
  it.each([
    ['youtube', 'dQw4w9WgXcQ', 'start=42'],
    ['vimeo', '824731562', '#t=42s'],
    ['wistia', 'k3x9q2m7pd', 'time=42'],
    ['loom', '6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b', '?t=42'],
  ] as const)(
    '%s: nothing loads before Play; a chapter reloads the frame at its start',
    async (provider, src, param) => {
      const { ui, shadow } = openVideo({ provider, src, chapters });
      const play = await waitFor(() => ui.getByRole('button', { name: /^Play video/ }));
      expect(shadow.querySelector('iframe')).toBeNull();
      expect(shadow.querySelector('.pl-player-poster img')).toBeNull();
      fireEvent.click(play);
      const frame = await waitFor(() => shadow.querySelector('iframe')!);
      expect(frame.getAttribute('sandbox')).toBe(
        'allow-scripts allow-same-origin allow-presentation allow-popups',
      );
      expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
      expect(frame.getAttribute('loading')).toBe('lazy');
      expect(frame.getAttribute('title')).toBe('Video article');
      expect(frame.getAttribute('src')).not.toContain(param);

      fireEvent.click(ui.getByRole('button', { name: '0:42 Settings' }));
      await waitFor(() => expect(shadow.querySelector('iframe')!.getAttribute('src')).toContain(param));
      expect(shadow.querySelector('iframe')).not.toBe(frame);
    },
  );

  it('reports a video that is not allow-listed and shows no frame', async () => {
    spyWarn();
    const article: Article = {
      id: 'evil',
      title: 'Evil',
      format: 'markdown',
      body: '',
      video: { provider: 'youtube', src: 'https://evil.example/x' },
    };
    const { help, ui, shadow } = mountPanel({}, fakeKb([article]));
    made.push(help);
    const errors = collectErrors(help);
    help.showArticle('evil');
    await waitFor(() => expect(ui.getByText('This video cannot be played here.')).toBeTruthy());
    expect(shadow.querySelector('iframe, video')).toBeNull();
    // Reported from an effect, which runs after the paint that shows the text (a busy machine shows the gap).
    await waitFor(() => expect(errors.map((e) => e.code)).toEqual(['content_invalid']));
  });
});

describe('file videos', () => {
  const video: Video = {
    provider: 'file',
    src: '/media/getting-started.webm',
    duration: 20,
    chapters,
    transcript: [
      { at: 0, text: 'Welcome to Ledgerly.' },
      { at: 5, text: 'Add a customer from the Customers page.' },
      { at: 12, text: 'Then send the bill.' },
    ],
  };

  it('a chapter opens the player and seeks to it', async () => {
    const { ui, shadow } = openVideo(video);
    await waitFor(() => ui.getByRole('button', { name: /^Play video/ }));
    expect(shadow.querySelector('video')).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: '0:42 Settings' }));
    const element = await waitFor(() => shadow.querySelector('video')!);
    await waitFor(() => expect(element.currentTime).toBe(42));
    fireEvent.click(ui.getByRole('button', { name: '0:00 Intro' }));
    expect(element.currentTime).toBe(0);
  });

  it('emits video:progress once at 25, 50, 75 and 100 %', async () => {
    const { ui, shadow, help } = openVideo(video);
    const progress: number[] = [];
    help.on('video:progress', ({ id, percent }) => id === 'v' && progress.push(percent));
    fireEvent.click(await waitFor(() => ui.getByRole('button', { name: /^Play video/ })));
    const element = await waitFor(() => shadow.querySelector('video')!);
    Object.defineProperty(element, 'duration', { value: 20, configurable: true });
    for (const time of [1, 5.1, 6, 10, 14.9, 15, 19, 20, 20]) {
      element.currentTime = time;
      fireEvent(element, new Event('timeupdate'));
    }
    expect(progress).toEqual([25, 50, 75, 100]);
  });

  it('the transcript filters as the user types (ignoring case and diacritics) and each line seeks', async () => {
    const { ui, shadow } = openVideo(video);
    fireEvent.click(await waitFor(() => ui.getByText('Transcript')));
    const filter = ui.getByRole('searchbox', { name: 'Search the transcript' });
    fireEvent.input(filter, { target: { value: 'CÜSTOMER' } });
    const lines = () => [...shadow.querySelectorAll('.pl-transcript-line')];
    await waitFor(() => expect(lines()).toHaveLength(1));
    expect(shadow.querySelector('.pl-transcript-line mark')?.textContent).toBe('customer');
    fireEvent.click(lines()[0]!);
    const element = await waitFor(() => shadow.querySelector('video')!);
    await waitFor(() => expect(element.currentTime).toBe(5));
    // Escape in the filter clears it without closing the panel.
    fireEvent.keyDown(filter, { key: 'Escape' });
    await waitFor(() => expect(lines()).toHaveLength(3));
    expect(shadow.querySelector('[role="dialog"]')).not.toBeNull();
  });
});
