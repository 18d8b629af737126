// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markdownToHtml, renderInline } from '../../../src/panel/content/markdown';
import { isAllowedFrame, safeUrl } from '../../../src/panel/content/urls';

describe('markdownToHtml', () => {
  it.each([
    ['# Title', '<h1>Title</h1>'],
    ['### Third ###', '<h3>Third</h3>'],
    ['one\ntwo', '<p>one\ntwo</p>'],
    ['a  \nb', '<p>a<br>\nb</p>'],
    [
      '**b** *i* __b__ _i_ ~~s~~',
      '<p><strong>b</strong> <em>i</em> <strong>b</strong> <em>i</em> <del>s</del></p>',
    ],
    ['snake_case_name and 2*3*4', '<p>snake_case_name and 2<em>3</em>4</p>'],
    ['`a < b` and ``x ` y``', '<p><code>a &lt; b</code> and <code>x ` y</code></p>'],
    ['\\*not em\\*', '<p>*not em*</p>'],
    ['[Docs](https://x.test/a_(b) "T")', '<p><a href="https://x.test/a_(b)" title="T">Docs</a></p>'],
    ['[**Bold** link](/p)', '<p><a href="/p"><strong>Bold</strong> link</a></p>'],
    ['![Alt "q"](/i.png)', '<p><img src="/i.png" alt="Alt &quot;q&quot;"></p>'],
    [
      '<https://a.test/x> and <me@a.test>',
      '<p><a href="https://a.test/x">https://a.test/x</a> and <a href="mailto:me@a.test">me@a.test</a></p>',
    ],
    ['See https://a.test/x.', '<p>See <a href="https://a.test/x">https://a.test/x</a>.</p>'],
    ['- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['* a\n\n* b', '<ul><li><p>a</p></li><li><p>b</p></li></ul>'],
    ['1. a\n2. b', '<ol><li>a</li><li>b</li></ol>'],
    ['3) c\n4) d', '<ol start="3"><li>c</li><li>d</li></ol>'],
    ['- a\n  - b\n- c', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>'],
    ['- a\ncontinued', '<ul><li>a\ncontinued</li></ul>'],
    ['> quote\n> more', '<blockquote><p>quote\nmore</p></blockquote>'],
    ['```js\nif (a < b) {}\n```', '<pre data-language="js"><code>if (a &lt; b) {}\n</code></pre>'],
    ['~~~~\n\tx ```\n~~~~', '<pre><code>    x ```\n</code></pre>'],
    ['- a\n\n  more\n- b', '<ul><li><p>a</p><p>more</p></li><li><p>b</p></li></ul>'],
    ['---', '<hr>'],
    [
      '| A | B |\n| :-: | --: |\n| 1 | 2 \\| 3 |',
      '<table><thead><tr><th align="center">A</th><th align="right">B</th></tr></thead><tbody><tr><td align="center">1</td><td align="right">2 | 3</td></tr></tbody></table>',
    ],
    ['&copy; & <b>x</b>', '<p>&copy; &amp; &lt;b&gt;x&lt;/b&gt;</p>'],
  ])('%j', (source, html) => {
    expect(markdownToHtml(source)).toBe(html);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1) "a\\" onmouseover=\\"alert(1)")',
    '![x](x" onerror="alert(1))',
    '`</code><script>alert(1)</script>`',
    '| <svg onload=alert(1)> |\n| - |',
  ])('escapes raw HTML and quotes in %j (the sanitizer judges URLs)', (source) => {
    const html = markdownToHtml(source);
    expect(html).not.toMatch(/<(script|svg|img[^>]*onerror)/i);
    expect(html).not.toMatch(/"\s*on\w+=/i);
  });

  it('never leaks its placeholders', () => {
    expect(renderInline('a \ue0000\ue000 b `c`')).toBe('a \ufffd0\ufffd b <code>c</code>');
  });
});

describe('URL rules', () => {
  it.each([
    ['https://a.test', true],
    ['http://a.test', true],
    ['/relative', true],
    ['relative/path', true],
    ['#anchor', true],
    ['mailto:a@b.test', false],
    ['javascript:alert(1)', false],
    ['JAVA\tSCRIPT:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['tel:123', false],
  ])('safeUrl(%j) is %s', (url, ok) => {
    expect(safeUrl(url)).toBe(ok);
  });

  it('allows mailto: on links when asked', () => {
    expect(safeUrl('mailto:a@b.test', true)).toBe(true);
  });

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
    ['javascript:alert(1)', false],
    ['', false],
  ])('isAllowedFrame(%j) is %s', (url, ok) => {
    expect(isAllowedFrame(url)).toBe(ok);
  });
});

describe('defang (before parsing, so Chrome sends no CSP reports for inline handlers and styles)', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '<img src=x plx-onerror=alert(1)>'],
    ['<svg/onload=alert(1)>', '<svg/plx-onload=alert(1)>'],
    [
      '<div style="color:red" title="a onclick=b">x</div>',
      '<div plx-style="color:red" title="a onclick=b">x</div>',
    ],
    ['<a title=\'x>y\' onmouseover="z">', '<a title=\'x>y\' plx-onmouseover="z">'],
    ['<p>text onclick=1 style=2</p>', '<p>text onclick=1 style=2</p>'],
    ['a<style>@import "x";</style>b<svg><style>c</style></svg>', 'ab<svg></svg>'],
    ['<p data-onx="1" honor="2" onion>', '<p data-onx="1" honor="2" plx-onion>'],
  ])('%j → %j', async (input, output) => {
    const { defang } = await import('../../../src/panel/content/sanitize');
    expect(defang(input)).toBe(output);
  });
});
