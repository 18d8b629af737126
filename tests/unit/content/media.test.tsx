import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAllowedFrame, PLAYERS, videoSource } from '../../../src/content/index';
import { videoProviderOf } from '../../../src/content/media';
import { validateContent } from '../../../src/guides/content';
import { createPathlight } from '../../../src/index';
import { validateFeed } from '../../../src/kb/validate';
import { tips } from '../../../src/tips';
import type { Article, PathlightInstance, Video } from '../../../src/types';
import { fakeKb, mountPanel } from '../panel/kb-fake';

// happy-dom cannot run DOMPurify (the sanitizer refuses to work here): article bodies render without it.
vi.mock('../../../src/content/renderer', async () => {
  const { markdownToHtml } = await import('../../../src/content/markdown');
  return {
    createArticleRenderer: () => ({
      render: ({ body }: { body: string }) => markdownToHtml(body),
      sanitize: (html: string) => html,
    }),
  };
});

import { resetPage, roots, shadowOf } from '../setup/dom';

describe('videoSource: what the player plays', () => {
  it.each([
    [
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1&start=75',
    ],
    [
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1&start=75',
    ],
    [
      'youtube',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1&start=75',
    ],
    [
      'youtube',
      'https://www.youtube-nocookie.com/embed/Lg7rEcUrR1v',
      'https://www.youtube-nocookie.com/embed/Lg7rEcUrR1v?rel=0&autoplay=1&enablejsapi=1&start=75',
    ],
    [
      'youtube',
      'https://youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1&start=75',
    ],
    ['vimeo', '824731562', 'https://player.vimeo.com/video/824731562?dnt=1&autoplay=1#t=75s'],
    [
      'vimeo',
      'https://vimeo.com/824731562/abc123',
      'https://player.vimeo.com/video/824731562?dnt=1&autoplay=1&h=abc123#t=75s',
    ],
    [
      'vimeo',
      'https://player.vimeo.com/video/824731562?h=ff00',
      'https://player.vimeo.com/video/824731562?dnt=1&autoplay=1&h=ff00#t=75s',
    ],
    ['wistia', 'k3x9q2m7pd', 'https://fast.wistia.net/embed/iframe/k3x9q2m7pd?autoPlay=true&time=75'],
    [
      'wistia',
      'https://acme.wistia.com/medias/k3x9q2m7pd',
      'https://fast.wistia.net/embed/iframe/k3x9q2m7pd?autoPlay=true&time=75',
    ],
    [
      'loom',
      '6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b',
      'https://www.loom.com/embed/6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b?t=75',
    ],
    [
      'loom',
      'https://www.loom.com/share/6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b',
      'https://www.loom.com/embed/6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b?t=75',
    ],
  ] as const)('%s %s → %s (start 75 s)', (provider, src, expected) => {
    const source = videoSource({ provider, src });
    expect(source?.kind).toBe('embed');
    expect(source?.kind === 'embed' && source.url(75.6)).toBe(expected);
  });

  it('omits the start parameter at 0', () => {
    const source = videoSource({ provider: 'vimeo', src: '1' });
    expect(source?.kind === 'embed' && source.url(0)).toBe(
      'https://player.vimeo.com/video/1?dnt=1&autoplay=1',
    );
  });

  it.each([
    ['youtube', 'https://evil.example/embed/dQw4w9WgXcQ'],
    ['youtube', 'https://www.youtube.com/embed/dQw4w9WgXcQ"><script>'],
    ['youtube', 'javascript:alert(1)'],
    ['youtube', 'short'],
    ['vimeo', 'https://vimeo.com.evil.example/1234'],
    ['vimeo', 'https://vimeo.com/1234?h=<x>'],
    ['wistia', 'https://fast.wistia.net.evil.example/embed/iframe/k3x9q2m7pd'],
    ['loom', 'https://www.loom.com/share/not-hex'],
    ['file', 'javascript:alert(1)'],
    ['file', 'data:video/webm;base64,AAAA'],
    ['file', 'blob:https://example.com/1'],
    ['file', ''],
    ['dailymotion', 'x7xyz'],
  ])('rejects %s %s', (provider, src) => {
    expect(videoSource({ provider: provider as Video['provider'], src })).toBeUndefined();
  });

  it.each([['/media/a.webm'], ['https://cdn.example.com/a.mp4'], ['media/a.webm']])(
    'accepts the file %s',
    (src) => {
      expect(videoSource({ provider: 'file', src })).toEqual({ kind: 'file', src });
    },
  );
});

describe('videoProviderOf: the provider of a src given without one (front matter)', () => {
  it.each([
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
    ['https://vimeo.com/824731562', 'vimeo'],
    ['https://acme.wistia.com/medias/abcdefghij', 'wistia'],
    ['https://www.loom.com/share/0123456789abcdef0123456789abcdef', 'loom'],
    ['/media/intro.webm', 'file'],
    ['https://cdn.example.com/intro.mp4', 'file'],
    ['https://evilyoutube.com/watch?v=dQw4w9WgXcQ', 'file'],
  ])('%s → %s', (src, provider) => {
    expect(videoProviderOf(src)).toBe(provider);
  });
});

describe('the embed URL of a page URL', () => {
  // Announcements used to build these without Vimeo's dnt=1 and YouTube's rel=0; now they play the
  // article player's URL (see "articles and announcements agree" below).
  it.each<[string, string, string | undefined]>([
    [
      'youtube',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1',
    ],
    [
      'youtube',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1',
    ],
    ['vimeo', 'https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'],
    [
      'wistia',
      'https://acme.wistia.com/medias/abc123xyz',
      'https://fast.wistia.net/embed/iframe/abc123xyz?autoPlay=true',
    ],
    ['loom', 'https://www.loom.com/share/0123456789abcdef', 'https://www.loom.com/embed/0123456789abcdef'],
    ['youtube', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', undefined],
    ['vimeo', 'http://vimeo.com/76979871', undefined],
    ['file', 'https://cdn.example/v.mp4', undefined],
  ])('%s %s → %s', (provider, src, expected) => {
    const source = videoSource({ provider, src });
    expect(source?.kind === 'embed' ? source.url() : undefined).toBe(expected);
  });
});

describe('isAllowedFrame (the sanitizer keeps an article <iframe> only for these)', () => {
  it.each([
    ['https://www.youtube-nocookie.com/embed/x', true],
    ['https://player.vimeo.com/video/1', true],
    ['https://fast.wistia.net/embed/iframe/x', true],
    ['https://www.loom.com/embed/x', true],
    ['http://www.youtube-nocookie.com/embed/x', false],
    ['https://www.youtube.com/embed/x', false],
    ['https://www.loom.com/share/x', false],
    ['https://evil.test/embed/', false],
    ['https://user@www.loom.com/embed/x', false],
    ['https://www.youtube-nocookie.com/embed/../watch?v=x', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('isAllowedFrame(%j) is %s', (url, ok) => {
    expect(isAllowedFrame(url)).toBe(ok);
  });

  it.each(Object.keys(PLAYERS))(
    'every %s embed the player builds is a frame the sanitizer keeps',
    (provider) => {
      const ids: Record<string, string> = {
        youtube: 'dQw4w9WgXcQ',
        vimeo: '824731562',
        wistia: 'k3x9q2m7pd',
        loom: '6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b',
      };
      const source = videoSource({ provider, src: ids[provider] });
      expect(source?.kind).toBe('embed');
      expect(source?.kind === 'embed' && isAllowedFrame(source.url(30))).toBe(true);
    },
  );
});

// The same `video` in a feed article and in an announcement: each validator keeps it exactly when the
// player plays it (a bare YouTube id included), and both surfaces embed the same frame.
const SAMPLES: [name: string, video: Video, plays: boolean][] = [
  ['a bare YouTube id', { provider: 'youtube', src: 'dQw4w9WgXcQ' }, true],
  ['a bare YouTube id with spaces around', { provider: 'youtube', src: ' dQw4w9WgXcQ ' }, true],
  ['a YouTube id that is too short', { provider: 'youtube', src: 'dQw4w9' }, false],
  ['a YouTube id with a quote', { provider: 'youtube', src: 'dQw4w9WgXc"' }, false],
  ['a YouTube watch URL', { provider: 'youtube', src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, true],
  ['a YouTube short', { provider: 'youtube', src: 'https://youtube.com/shorts/dQw4w9WgXcQ' }, true],
  ['YouTube over http', { provider: 'youtube', src: 'http://www.youtube.com/watch?v=dQw4w9WgXcQ' }, false],
  [
    'YouTube on a look-alike host',
    { provider: 'youtube', src: 'https://youtube.com.evil.example/embed/x' },
    false,
  ],
  ['a YouTube page without a video', { provider: 'youtube', src: 'https://www.youtube.com/feed' }, false],
  ['an unlisted Vimeo link', { provider: 'vimeo', src: 'https://vimeo.com/824731562/abc123' }, true],
  [
    'an unlisted Vimeo embed',
    { provider: 'vimeo', src: 'https://player.vimeo.com/video/824731562?h=ff00' },
    true,
  ],
  ['a bare Vimeo id', { provider: 'vimeo', src: '824731562' }, true],
  ['a Vimeo hash that is not hex', { provider: 'vimeo', src: 'https://vimeo.com/1234?h=<x>' }, false],
  ['a Vimeo link to YouTube', { provider: 'vimeo', src: 'https://www.youtube.com/embed/dQw4w9WgXcQ' }, false],
  ['a Wistia media page', { provider: 'wistia', src: 'https://acme.wistia.com/medias/k3x9q2m7pd' }, true],
  ['a bare Wistia id', { provider: 'wistia', src: 'k3x9q2m7pd' }, true],
  [
    'a Loom share link',
    { provider: 'loom', src: 'https://www.loom.com/share/6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b' },
    true,
  ],
  ['a Loom id that is not hex', { provider: 'loom', src: 'https://www.loom.com/share/not-hex' }, false],
  ['a video file', { provider: 'file', src: '/media/intro.webm' }, true],
  ['a javascript: file', { provider: 'file', src: 'javascript:alert(1)' }, false],
  ['a data: file', { provider: 'file', src: 'data:video/webm;base64,AAAA' }, false],
  ['an unknown provider', { provider: 'dailymotion' as Video['provider'], src: 'x7xyz' }, false],
];

describe('validators keep a video exactly when the player plays it', () => {
  it.each(SAMPLES)('%s', (_name, video, plays) => {
    expect(videoSource(video) !== undefined).toBe(plays);
    const feed = validateFeed({ version: 1, articles: [{ id: 'v', title: 'V', body: '', video }] });
    expect(feed.feed?.articles.length === 1).toBe(plays);
    const guide = validateContent(
      { version: 1, announcements: [{ id: 'a', title: 'A', video }] },
      tips.kinds,
    );
    expect('video' in guide.content.announcements[0]!).toBe(plays);
  });
});

const made: PathlightInstance[] = [];
beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

// Two instances per case and a lazy chunk each: generous waits, for a machine under load.
const SLOW = { timeout: 5000 };

/** Waits until `query` finds an element. */
const found = <T,>(query: () => T | null) =>
  waitFor(() => {
    const element = query();
    if (!element) throw new Error('not there yet');
    return element;
  }, SLOW);

const FRAME_ATTRIBUTES = ['src', 'sandbox', 'referrerpolicy', 'loading', 'allow'];
const attributesOf = (element: Element) =>
  Object.fromEntries(
    [element.localName, ...FRAME_ATTRIBUTES].map((name, i) => [name, i ? element.getAttribute(name) : name]),
  );

async function playInArticle(video: Video) {
  const article: Article = { id: 'v', title: 'Video article', format: 'markdown', body: 'Text', video };
  const { help, ui, shadow } = mountPanel({}, fakeKb([article]));
  made.push(help);
  help.showArticle('v');
  fireEvent.click(await waitFor(() => ui.getByRole('button', { name: /^Play video/ }), SLOW));
  return attributesOf(
    await found(() => shadow.querySelector('.pl-player-frame iframe, .pl-player-frame video')),
  );
}

async function playInAnnouncement(video: Video) {
  const help = createPathlight({
    quietPeriodMs: 0,
    launcher: { hidden: true },
    content: { version: 1, announcements: [{ id: 'a', title: 'Video announcement', video }] },
  });
  made.push(help);
  const shadow = shadowOf(roots().length - 1);
  help.showAnnouncement('a');
  const dialog = await found(() => shadow.querySelector<HTMLElement>('.pl-announcement'));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Play video' }));
  return attributesOf(await found(() => dialog.querySelector('iframe, video')));
}

describe('articles and announcements agree', () => {
  it.each(SAMPLES.filter(([, , plays]) => plays))(
    '%s plays the same frame in both',
    async (_name, video) => {
      const inArticle = await playInArticle(video);
      const inAnnouncement = await playInAnnouncement(video);
      expect(inAnnouncement).toEqual(inArticle);
      if (inArticle.iframe) expect(isAllowedFrame(inArticle.src)).toBe(true);
    },
    20_000,
  );

  it('an unlisted Vimeo video keeps its hash and dnt=1 in both', async () => {
    const video: Video = { provider: 'vimeo', src: 'https://vimeo.com/824731562/abc123' };
    const expected = 'https://player.vimeo.com/video/824731562?dnt=1&autoplay=1&h=abc123';
    expect((await playInArticle(video)).src).toBe(expected);
    expect((await playInAnnouncement(video)).src).toBe(expected);
  }, 20_000);
});
