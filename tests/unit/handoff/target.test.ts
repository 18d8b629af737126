import { describe, expect, it } from 'vitest';
import { handoffTarget } from '../../../src/handoff';

describe('handoffTarget', () => {
  const hook = () => {};
  it.each([
    ['no config', undefined, undefined],
    ['an empty config', {}, undefined],
    ['only email', { email: 'a@b.c' }, { kind: 'url', href: 'mailto:a@b.c' }],
    ['url and email', { url: 'https://x.test', email: 'a@b.c' }, { kind: 'url', href: 'https://x.test' }],
    ['a hook and the rest', { onHandoff: hook, url: 'https://x.test', email: 'a@b.c' }, { kind: 'hook' }],
    [
      'an endpoint, url and email',
      { endpoint: '/api/contact', url: 'https://x.test', email: 'a@b.c' },
      { kind: 'form' },
    ],
    ['a hook and an endpoint', { onHandoff: hook, endpoint: '/api/contact' }, { kind: 'hook' }],
  ])('with %s gives %j', (_, config, expected) => {
    expect(handoffTarget(config)).toEqual(expected);
  });
});
