import { describe, expect, it } from 'vitest';
import { isExternalLink, safeUrl } from '../../../src/content/index';

describe('safeUrl: the one URL rule (feeds, guide content, the sanitizer, tip bodies, the player)', () => {
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

  it.each<[string, boolean, boolean]>([
    ['https://example.com/a', false, true],
    ['/help', false, true],
    ['mailto:a@b.c', true, true],
    ['mailto:a@b.c', false, false],
    ['javascript:alert(1)', true, false],
    ['java\tscript:alert(1)', true, false],
    ['data:text/html,x', false, false],
  ])('safeUrl(%j, mailto %s) is %s', (url, mailto, ok) => {
    expect(safeUrl(url, mailto)).toBe(ok);
  });

  it.each([[''], ['   '], [undefined], [null], [42]])('%j is not a URL', (value) => {
    expect(safeUrl(value)).toBe(false);
  });
});

describe('isExternalLink', () => {
  it.each([
    ['https://example.com/docs', true],
    ['http://example.com/docs', true],
    ['https://app.test/billing', false],
    ['/billing', false],
    ['#steps', false],
    ['mailto:help@app.test', false],
    ['http://[bad', false],
  ])('%s from https://app.test/ is %s', (href, external) => {
    expect(isExternalLink(href, 'https://app.test/settings')).toBe(external);
  });
});
