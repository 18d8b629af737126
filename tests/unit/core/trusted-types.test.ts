// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathlightPolicy } from '../../../src/core/trusted-types';

const SHARED_KEY = '__pathlightTrustedTypes';
afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>)[SHARED_KEY];
});

describe('the Trusted Types policy', () => {
  // Under `trusted-types 'none'` every createPolicy call is a CSP violation report: ask once per page, not per lazy file.
  it('asks the host once when the policy is refused, and gives every later caller the same refusal', () => {
    const refusal = new TypeError('Refused to create a TrustedTypePolicy named "pathlight"');
    const createPolicy = vi.fn(() => {
      throw refusal;
    });
    vi.stubGlobal('trustedTypes', { createPolicy });
    for (let i = 0; i < 4; i++) expect(() => pathlightPolicy()).toThrow(refusal);
    expect(createPolicy).toHaveBeenCalledTimes(1);
  });

  it('creates the policy once and shares it', () => {
    const policy = { createHTML: vi.fn(), createScriptURL: vi.fn() };
    const createPolicy = vi.fn(() => policy);
    vi.stubGlobal('trustedTypes', { createPolicy });
    expect(pathlightPolicy()).toBe(policy);
    expect(pathlightPolicy()).toBe(policy);
    expect(createPolicy).toHaveBeenCalledTimes(1);
  });
});
