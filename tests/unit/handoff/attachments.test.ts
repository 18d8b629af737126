// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_DEFAULTS, acceptsType, attachmentLimits, check } from '../../../src/handoff/attachments';

describe('acceptsType', () => {
  it.each([
    [['image/*'], 'a.png', 'image/png', true],
    [['image/*'], 'a.pdf', 'application/pdf', false],
    [['application/pdf'], 'a.PDF', 'application/pdf', true],
    [['.log'], 'server.LOG', '', true],
    [['.log'], 'server.txt', 'text/plain', false],
    [[' Image/PNG '], 'a.png', 'image/png', true],
  ])('%j accepts %s (%s): %s', (types, name, type, expected) => {
    expect(acceptsType(types, { name, type })).toBe(expected);
  });
});

describe('check', () => {
  const limits = { maxBytes: 100, types: ['image/*'], maxFiles: 2 };
  it('keeps what fits and names each refusal once, in order', () => {
    expect(
      check(limits, 1, [
        { name: 'big.png', type: 'image/png', size: 101 },
        { name: 'doc.pdf', type: 'application/pdf', size: 1 },
        { name: 'ok.png', type: 'image/png', size: 100 },
        { name: 'third.png', type: 'image/png', size: 1 },
        { name: 'fourth.png', type: 'image/png', size: 1 },
      ]),
    ).toEqual({
      fits: [2],
      refused: [{ why: 'size', name: 'big.png' }, { why: 'type', name: 'doc.pdf' }, { why: 'count' }],
    });
  });
});

describe('attachmentLimits', () => {
  it.each([
    [undefined, ATTACHMENT_DEFAULTS],
    [{}, ATTACHMENT_DEFAULTS],
    [{ attachments: false as const }, undefined],
    [{ attachments: { maxBytes: 5, maxFiles: 2.7 } }, { ...ATTACHMENT_DEFAULTS, maxBytes: 5, maxFiles: 2 }],
    [{ attachments: { maxBytes: -1, types: 'image/*' as unknown as string[] } }, ATTACHMENT_DEFAULTS],
  ])('%j gives %j', (config, expected) => {
    expect(attachmentLimits(config)).toEqual(expected);
  });
});
