// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchUrl, urlPatternError } from '../../../src/core/url-match';

describe('matchUrl', () => {
  it.each([
    // pattern, path, expected
    ['/', '/', true],
    ['/', '/a', false],
    ['/invoices', '/invoices', true],
    ['/invoices', '/invoices/', true],
    ['/invoices/', '/invoices', true],
    ['/invoices', '/invoices/42', false],
    ['/invoices/*', '/invoices/42', true],
    ['/invoices/*', '/invoices/42/', true],
    ['/invoices/*', '/invoices/42/edit', false],
    ['/invoices/*', '/invoices', false],
    ['/invoices/*/edit', '/invoices/42/edit', true],
    ['/invoices/*/edit', '/invoices/42/view', false],
    ['/inv*', '/invoices', true],
    ['/inv*', '/invoices/42', false],
    ['/docs/**', '/docs', true],
    ['/docs/**', '/docs/a/b/c', true],
    ['/docs/**', '/docsx', false],
    ['/docs/**/edit', '/docs/edit', true],
    ['/docs/**/edit', '/docs/a/b/edit', true],
    ['/docs/**/edit', '/docs/a/b/view', false],
    ['**', '/anything/at/all', true],
    ['/**', '/', true],
    ['*', '/deep/path', true],
    ['/a?c', '/abc', true],
    ['/a?c', '/ac', false],
    ['/a?c', '/a/c', false],
    ['invoices/*', '/invoices/1', true],
    ['/a.b', '/a.b', true],
    ['/a.b', '/axb', false],
    ['/a+(b)', '/a+(b)', true],
    ['/Invoices', '/invoices', false],
    ['/café', '/caf%C3%A9', true],
    // Query strings and fragments are ignored unless the pattern has a `#`.
    ['/search', '/search?q=x', true],
    ['/search', '/search#top', true],
    ['/search', 'https://example.com/search?q=1#x', true],
    ['/a/b', '/a//b', true],
    // Hash routes.
    ['/app#/settings', '/app#/settings', true],
    ['/app#/settings', '/app/#/settings/', true],
    ['/app#/settings', '/app#/billing', false],
    ['/app#/settings', '/other#/settings', false],
    ['/app#/settings/*', '/app#/settings/team', true],
    ['/app#/settings/*', '/app#/settings/team?tab=2', true],
    ['/app#/settings/**', '/app#/settings', true],
    ['#/settings', '/anywhere#/settings', true],
    ['#/settings', '/anywhere', false],
    ['/app#/', '/app', true],
    ['/app#/', '/app#/', true],
    ['/app#billing', '/app#billing', true],
    // Regular expressions.
    ['regex:^/a/\\d+$', '/a/42', true],
    ['regex:^/a/\\d+$', '/a/42/', true],
    ['regex:^/a/\\d+$', '/a/x', false],
    ['regex:^/a/$', '/a/', true],
    ['regex:^/a/$', '/a', true],
    ['regex:/reports', '/team/reports/2024', true],
    ['regex:^/app#/users/\\d+$', '/app#/users/7', true],
    ['regex:^/app#/users/\\d+$', '/app#/users/x', false],
    ['regex:(', '/anything', false],
    ['', '/', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matchUrl(pattern, path)).toBe(expected);
  });

  it.each([
    [['/a', '/b/*'], '/b/1', true],
    [['/a', '/b/*'], '/c', false],
    [[], '/a', false],
    [['regex:(', '/ok'], '/ok', true],
  ])('a list matches when any pattern does: %j on %s', (patterns, path, expected) => {
    expect(matchUrl(patterns, path)).toBe(expected);
  });

  it('returns the same answer from the cache and after the cache overflows', () => {
    for (let i = 0; i < 1200; i++) expect(matchUrl(`/p${i}/*`, `/p${i}/x`)).toBe(true);
    expect(matchUrl('/p0/*', '/p0/x')).toBe(true);
    expect(matchUrl('/p0/*', '/p1/x')).toBe(false);
  });

  it('never throws on input of the wrong type', () => {
    expect(matchUrl(42 as unknown as string, '/a')).toBe(false);
    expect(matchUrl('/a', undefined as unknown as string)).toBe(false);
    expect(matchUrl([null] as unknown as string[], '/a')).toBe(false);
  });
});

describe('urlPatternError', () => {
  it.each([
    ['/docs/**', undefined],
    ['regex:^/a$', undefined],
    ['/app#/x', undefined],
  ])('accepts %s', (pattern, expected) => {
    expect(urlPatternError(pattern)).toBe(expected);
  });

  it.each([['regex:('], [''], [' '], [7]])('names the problem with %j', (pattern) => {
    expect(urlPatternError(pattern)).toMatch(/\w/);
  });
});
