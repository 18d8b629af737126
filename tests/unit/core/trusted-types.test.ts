// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Rules = { createHTML(input: string): string; createScriptURL(input: string): string };
type Module = typeof import('../../../src/core/trusted-types');

// The policy lives in module scope: each test gets a fresh module, as a fresh page would.
let tt: Module;
beforeEach(async () => {
  vi.resetModules();
  tt = await import('../../../src/core/trusted-types');
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>).__pathlightTrustedTypes;
});

/** A browser's `trustedTypes` that hands the test the rules Pathlight registered. */
function stubTrustedTypes(): { rules(): Rules; createPolicy: ReturnType<typeof vi.fn> } {
  let registered: Rules | undefined;
  const createPolicy = vi.fn((_name: string, rules: Rules) => {
    registered = rules;
    return rules;
  });
  vi.stubGlobal('trustedTypes', { createPolicy });
  return {
    createPolicy,
    rules: () => {
      if (!registered) throw new Error('no policy was created');
      return registered;
    },
  };
}

describe('the Trusted Types policy', () => {
  // Under `trusted-types 'none'` every createPolicy call is a CSP violation report: ask once per page, not per lazy file.
  it('asks the host once when the policy is refused, and gives every later caller the same refusal', () => {
    const refusal = new TypeError('Refused to create a TrustedTypePolicy named "pathlight"');
    const createPolicy = vi.fn(() => {
      throw refusal;
    });
    vi.stubGlobal('trustedTypes', { createPolicy });
    for (let i = 0; i < 4; i++) expect(() => tt.pathlightPolicy()).toThrow(refusal);
    expect(createPolicy).toHaveBeenCalledTimes(1);
  });

  it('creates the policy once and shares it', () => {
    const { createPolicy } = stubTrustedTypes();
    const policy = tt.pathlightPolicy();
    expect(policy).toBeDefined();
    expect(tt.pathlightPolicy()).toBe(policy);
    expect(createPolicy).toHaveBeenCalledTimes(1);
    expect(createPolicy.mock.calls[0]?.[0]).toBe('pathlight');
  });

  it('makes HTML only inside the sanitizer', () => {
    const { rules } = stubTrustedTypes();
    tt.pathlightPolicy();
    expect(() => rules().createHTML('<img src=x onerror=alert(1)>')).toThrow(/only through its sanitizer/);
    expect(tt.sanitizing(() => rules().createHTML('<p>ok</p>'))).toBe('<p>ok</p>');
    // The gate closes again, also after the sanitizer threw.
    expect(() =>
      tt.sanitizing(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(() => rules().createHTML('<p>late</p>')).toThrow();
  });

  // Audit: any script could open the gate through `window.__pathlightTrustedTypes` (and an element named so broke it).
  it('keeps its gate out of reach of the page: no global opens it', () => {
    (globalThis as Record<string, unknown>).__pathlightTrustedTypes = { policy: undefined, gate: 1 };
    const { rules } = stubTrustedTypes();
    tt.pathlightPolicy();
    expect(() => rules().createHTML('<img src=x onerror=alert(1)>')).toThrow();
    const names = Object.getOwnPropertyNames(globalThis).filter((name) => /^__pathlight/.test(name));
    expect(names).toEqual(['__pathlightTrustedTypes']); // only the test's own decoy
  });

  // Audit: `createScriptURL` accepted any origin. Pathlight loads with import(), so it needs none.
  it('makes no script URL, not even for its own file names', () => {
    const { rules } = stubTrustedTypes();
    tt.pathlightPolicy();
    for (const url of ['https://evil.example/pathlight.kb.js', `${'https://cdn.example'}/pathlight.app.js`])
      expect(() => rules().createScriptURL(url)).toThrow(/makes no script URLs/);
  });

  it('is undefined where the browser has no Trusted Types', () => {
    expect(tt.pathlightPolicy()).toBeUndefined();
  });
});
