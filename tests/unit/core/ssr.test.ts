// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

describe('server-side rendering safety', () => {
  it('imports src/index.ts and creates an instance without window or document', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const { createPathlight, STORAGE_PREFIX } = await import('../../../src/index');
    expect(STORAGE_PREFIX).toBe('pathlight:');
    const help = createPathlight();
    expect(typeof help.init).toBe('function');
    expect(typeof help.on('ready', () => {})).toBe('function');
  });

  it('creating with a config does not start (nor throw) where there is no document', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { createPathlight } = await import('../../../src/index');
    const errors: string[] = [];
    const help = createPathlight({ feed: '/help/feed.json' });
    help.on('error', (e) => errors.push(e.code));
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    // Calling init on the server says why instead of throwing.
    expect(() => help.init({})).not.toThrow();
    expect(() => help.open()).not.toThrow();
    expect(() => help.destroy()).not.toThrow();
    expect(errors).toEqual(['internal', 'not_initialized']);
  });
});
