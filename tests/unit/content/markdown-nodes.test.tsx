import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { markdownNodes, markdownText } from '../../../src/content/index';
import { markdownToHtml } from '../../../src/content/markdown';

// Tip and announcement bodies: the articles' parser, built as DOM nodes.
const html = (text: string, breaks = true) => {
  const el = document.createElement('div');
  render(<div>{markdownNodes(text, { breaks })}</div>, el);
  return el.firstElementChild!.innerHTML;
};

describe('markdownNodes', () => {
  it.each<[string, string]>([
    ['One.\n\nTwo', '<p>One.</p><p>Two</p>'],
    ['a\nb', '<p>a<br>b</p>'],
    ['**b** *i* `c`', '<p><strong>b</strong> <em>i</em> <code>c</code></p>'],
    ['[x](/help)', '<p><a href="/help">x</a></p>'],
    ['[x](javascript:alert)', '<p>x</p>'],
    ['<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['**[bold link](/a)**', '<p><strong><a href="/a">bold link</a></strong></p>'],
    ['***x***', '<p><em><strong>x</strong></em></p>'],
  ])('renders %j as DOM', (text, expected) => {
    expect(html(text)).toBe(expected);
  });

  // What tips used to hand to the lazy renderer: now drawn at once, as the article renderer draws it.
  it.each([
    ['Plain **bold** and [links](/x).'],
    ['- one\n- two'],
    ['# Title'],
    ['1. first'],
    ['> quote'],
    ['![img](/a.png)'],
    ['<b>html</b>'],
    ['| A | B |\n| :-: | --: |\n| 1 | 2 |'],
    ['```js\nif (a < b) {}\n```'],
  ])('draws %j as articles do', (text) => {
    expect(html(text, false)).toBe(markdownToHtml(text));
  });

  it('opens external links in a new tab, as the sanitizer does', () => {
    expect(html('[Docs](https://docs.example.org/x) and [mail](mailto:a@b.test)')).toBe(
      '<p><a href="https://docs.example.org/x" target="_blank" rel="noopener noreferrer">Docs</a> and <a href="mailto:a@b.test">mail</a></p>',
    );
  });

  it.each([
    ['![x](javascript:alert(1))', '<p></p>'],
    ['![x](data:image/png;base64,AAAA)', '<p></p>'],
    ['[x](data:text/html,y)', '<p>x</p>'],
  ])('leaves out a refused URL: %j', (text, expected) => {
    expect(html(text)).toBe(expected);
  });

  it('decodes the character references articles keep', () => {
    expect(html('Terms &amp; conditions &#8212; &#x2713; &copy;')).toBe(
      '<p>Terms &amp; conditions — ✓ &amp;copy;</p>',
    );
  });

  it('strips Markdown marks for screen readers', () => {
    expect(markdownText('**Bold** and [link](/x) `code`')).toBe('Bold and link code');
  });
});
