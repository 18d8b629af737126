// Config checks that need a document: whether a selector parses.
import { describe, expect, it } from 'vitest';
import { validateConfig, validateTheme } from '../../../src/core/config';

const SELECTOR = `true or a CSS selector for <html>, such as '.dark' or '[data-theme="dark"]'`;

describe('theme.colorScheme.followHost', () => {
  it.each([true, '.dark', '[data-theme="dark"]', 'html:not(.light)'])('accepts %o', (followHost) => {
    expect(validateConfig({ theme: { colorScheme: { followHost } } })).toEqual({
      config: { theme: { colorScheme: { followHost } } },
      problems: [],
    });
  });

  it.each([
    ['[data-theme=', `'[data-theme='`],
    ['', `''`],
    [false, 'boolean false'],
  ])('names %o as no selector, in the config and in setTheme()', (followHost, got) => {
    expect(validateConfig({ theme: { colorScheme: { followHost } } })).toEqual({
      config: { theme: {} },
      problems: [
        `Config "theme.colorScheme.followHost" should be ${SELECTOR}, got ${got}; using the default.`,
      ],
    });
    expect(validateTheme({ colorScheme: { followHost } })).toEqual({
      theme: {},
      problems: [
        `setTheme(): "colorScheme.followHost" should be ${SELECTOR}, got ${got}; it keeps its value.`,
      ],
    });
  });
});
