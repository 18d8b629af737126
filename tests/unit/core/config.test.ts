// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, validateConfig, validateTheme } from '../../../src/core/config';
import type { PathlightConfig } from '../../../src/types';

describe('validateConfig', () => {
  it.each([
    ['lanucher', { lanucher: {} }, 'Did you mean "launcher"?'],
    ['feeed', { feeed: '/f.json' }, 'Did you mean "feed"?'],
    ['Locale', { Locale: 'pl' }, 'Did you mean "locale"?'],
    ['zindex', { zindex: 5 }, 'Did you mean "zIndex"?'],
    ['onredy', { onredy: () => {} }, 'Did you mean "onReady"?'],
    ['somethingElse', { somethingElse: true }, ''],
  ])('reports the unknown key %s, with a suggestion when one is close', (key, input, suggestion) => {
    const { config, problems } = validateConfig(input);
    expect(problems).toEqual([
      `Unknown config key "${key}" was ignored.${suggestion ? ` ${suggestion}` : ''}`,
    ]);
    expect(config).toEqual({});
  });

  it('reports an unknown nested key by its path and suggests the sibling it resembles', () => {
    const { config, problems } = validateConfig({ launcher: { lable: 'Support' } });
    expect(problems).toEqual(['Unknown config key "launcher.lable" was ignored. Did you mean "label"?']);
    expect(config).toEqual({ launcher: {} });
  });

  it('drops unknown keys from the config it returns', () => {
    const { config } = validateConfig({ lanucher: {}, launcher: { lable: 'x', label: 'Ask' } });
    expect(config).toEqual({ launcher: { label: 'Ask' } });
  });

  it.each([
    [
      'feed',
      { feed: 42 },
      'Config "feed" should be a URL or a feed (or a map of locale to URL) object, got number 42',
    ],
    [
      'content',
      { content: ['x'] },
      'Config "content" should be a URL or a guide content object, got an array',
    ],
    ['locale', { locale: 7 }, 'Config "locale" should be a string, got number 7'],
    ['zIndex', { zIndex: '9999' }, `Config "zIndex" should be a number, got '9999'`],
    ['open', { open: 'yes' }, `Config "open" should be a boolean, got 'yes'`],
    ['onReady', { onReady: 'go' }, `Config "onReady" should be a function, got 'go'`],
    ['launcher', { launcher: 'left' }, `Config "launcher" should be an object, got 'left'`],
    ['theme', { theme: null }, 'Config "theme" should be an object, got null'],
    [
      'launcher.position',
      { launcher: { position: 'top' } },
      `Config "launcher.position" should be 'bottom-right' | 'bottom-left', got 'top'`,
    ],
    ['theme.radius', { theme: { radius: '12px' } }, `Config "theme.radius" should be a number, got '12px'`],
    [
      'theme.colorScheme',
      { theme: { colorScheme: 'blue' } },
      `Config "theme.colorScheme" should be 'auto' | 'light' | 'dark' | { followHost: selector }, got 'blue'`,
    ],
    [
      'theme.colorScheme without followHost',
      { theme: { colorScheme: { follow: '.dark' } } },
      `Config "theme.colorScheme" should be 'auto' | 'light' | 'dark' | { followHost: selector }, got an object`,
    ],

    [
      'panel.offsetTop',
      { panel: { offsetTop: '80px' } },
      `Config "panel.offsetTop" should be a number of px (0 or more), got '80px'`,
    ],
    [
      'panel.offsetBottom',
      { panel: { offsetBottom: -4 } },
      'Config "panel.offsetBottom" should be a number of px (0 or more), got number -4',
    ],
    [
      'handoff.onHandoff',
      { handoff: { onHandoff: {} } },
      'Config "handoff.onHandoff" should be a function, got an object',
    ],
    ['user without id', { user: { traits: {} } }, 'Config "user" should be { id: string, traits?: object }'],
    [
      'user.traits',
      { user: { id: 'u', traits: [] } },
      'Config "user" should be { id: string, traits?: object }',
    ],
    [
      'messages',
      { messages: { en: 'Help' } },
      'Config "messages" should be a map of locale to { key: text }',
    ],
  ])('reports a wrong type for %s and drops it', (_, input, start) => {
    const { config, problems } = validateConfig(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(start);
    expect(problems[0]).toMatch(/using the default\.$/);
    const [key, value] = Object.entries(input)[0]!;
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      key !== 'user' &&
      key !== 'messages'
    )
      expect((config as Record<string, object>)[key]).toEqual({});
    else expect(config).not.toHaveProperty(key);
  });

  it('keeps the valid siblings of a bad nested value', () => {
    const { config, problems } = validateConfig({
      launcher: { position: 'top', label: 'Support', offset: 24 },
      theme: { radius: '12px', brandColor: '#000' },
    });
    expect(problems).toHaveLength(2);
    expect(config).toEqual({ launcher: { label: 'Support', offset: 24 }, theme: { brandColor: '#000' } });
  });

  it.each(['toString', 'constructor', '__proto__'])(
    'reads %s as an unknown key, not as something every object inherits',
    (key) => {
      const { config, problems } = validateConfig(JSON.parse(`{ "${key}": 1, "zIndex": 5 }`));
      expect(config).toEqual({ zIndex: 5 });
      expect(problems).toEqual([`Unknown config key "${key}" was ignored.`]);
    },
  );

  it('shortens long strings in a problem', () => {
    const { problems } = validateConfig({ zIndex: 'z'.repeat(100) });
    expect(problems[0]).toContain(`'${'z'.repeat(40)}…'`);
    expect(problems[0]).not.toContain('z'.repeat(41));
  });

  it.each([
    ['a string', '/help/feed.json', `'/help/feed.json'`],
    ['a number', 42, 'number 42'],
    ['an array', [{ feed: 'x' }], 'an array'],
    ['a boolean', true, 'boolean true'],
    ['a function', () => {}, 'function'],
  ])('rejects %s as the whole config and starts with defaults', (_, input, described) => {
    const { config, problems } = validateConfig(input);
    expect(config).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`Config should be an object, got ${described}`);
  });

  it.each([undefined, null])('accepts %s as "no config"', (input) => {
    expect(validateConfig(input)).toEqual({ config: {}, problems: [] });
  });

  it('skips keys whose value is undefined without a problem', () => {
    expect(validateConfig({ locale: undefined, launcher: { label: undefined } })).toEqual({
      config: { launcher: {} },
      problems: [],
    });
  });

  it('passes a valid full config through unchanged', () => {
    const onHandoff = () => {};
    const full: Required<PathlightConfig> = {
      feed: { en: '/en.json', pl: '/pl.json' },
      content: { version: 1, tips: [] },
      locale: 'pl',
      messages: { en: { 'launcher.label': 'Support' } },
      theme: {
        brandColor: '#4f46e5',
        brandTextColor: '#fff',
        radius: 8,
        fontFamily: 'serif',
        colorScheme: 'dark',
      },
      launcher: { hidden: false, position: 'bottom-left', label: 'Ask', offset: 12 },
      panel: { title: 'Ledgerly help', logo: '/logo.svg', offsetTop: 72, offsetBottom: 88 },
      handoff: { onHandoff, url: 'https://chat.example.com', email: 'help@example.com' },
      search: { provider: 'meilisearch', host: 'https://search.example.com', apiKey: 'k', index: 'help' },
      analytics: {
        requireConsent: true,
        respectGPC: false,
        beforeSend: (e) => e,
        endpoint: '/events',
        onEvent: () => {},
        forward: ['posthog', 'ga4'],
        traits: ['plan'],
      },
      id: 'billing',
      zIndex: 10,
      nonce: 'abc',
      assetsUrl: 'https://cdn.example.com/pathlight/',
      user: { id: 'u1', traits: { plan: 'pro' } },
      debug: true,
      authorFromUrl: false,
      maxVisibleTips: 2,
      quietPeriodMs: 1000,
      open: true,
      progress: { load: () => null, save: () => {} },
      surveys: { minDaysBetween: 14 },
      onReady: () => {},
      onError: () => {},
    };
    const { config, problems } = validateConfig(full);
    expect(problems).toEqual([]);
    expect(config).toEqual(full);
    expect(config.handoff?.onHandoff).toBe(onHandoff);
    // Every documented key is in the schema, and the other way round.
    expect([...CONFIG_KEYS].sort()).toEqual(Object.keys(full).sort());
  });

  it('collects every problem of a config, in order', () => {
    const { problems } = validateConfig({ lanucher: {}, zIndex: 'x', theme: { radius: '1' } });
    expect(problems.map((p) => p.split(' ').slice(0, 4).join(' '))).toEqual([
      'Unknown config key "lanucher"',
      'Config "zIndex" should be',
      'Config "theme.radius" should be',
    ]);
  });
});

describe('validateTheme (setTheme)', () => {
  it('passes theme keys, and keeps a key given as undefined so that merging returns it to its default', () => {
    expect(validateTheme({ colorScheme: { followHost: '.dark' }, brandColor: undefined })).toEqual({
      theme: { colorScheme: { followHost: '.dark' }, brandColor: undefined },
      problems: [],
    });
  });

  it.each([
    [{ radius: '8px' }, `setTheme(): "radius" should be a number, got '8px'; it keeps its value.`],
    [{ radus: 8 }, 'setTheme(): unknown theme key "radus" was ignored. Did you mean "radius"?'],
    ['dark', `setTheme() needs an object of theme keys, such as { colorScheme: 'dark' }, got 'dark'.`],
  ])('names what is wrong with %o', (input, problem) => {
    const { theme, problems } = validateTheme(input);
    expect(problems).toEqual([problem]);
    expect(theme).not.toHaveProperty('radius');
  });
});

describe('analytics config', () => {
  it('drops a forward, traits or onEvent of the wrong type, each with a problem that names it', () => {
    const { config, problems } = validateConfig({
      analytics: { endpoint: '/e', forward: 'posthog', traits: ['plan', 3], onEvent: 'log' },
    });
    expect(config.analytics).toEqual({ endpoint: '/e' });
    expect(problems).toEqual([
      `Config "analytics.forward" should be an array of strings, got 'posthog'; using the default.`,
      'Config "analytics.traits" should be an array of strings, got an array; using the default.',
      `Config "analytics.onEvent" should be a function, got 'log'; using the default.`,
    ]);
  });
});
