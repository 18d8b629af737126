/**
 * Trusted Types: Pathlight's one policy, named `pathlight` (hosts allow it with `trusted-types pathlight`).
 * The policy and its gate live in this module's scope, out of reach of the page's other scripts and of
 * the DOM (no `window` property an element `id` or `name` could shadow).
 *
 * `createHTML` passes HTML through unchanged, as DOMPurify's own policy does (DOMPurify parses the
 * untrusted input through it and signs its output with it), but only while `sanitizing()` runs, which
 * is synchronous: no other script can run inside it, so only the sanitizer makes TrustedHTML.
 * `createScriptURL` refuses every URL: Pathlight loads its lazy files with `import()`, which is no
 * Trusted Types sink, and DOMPurify only needs the function to exist.
 *
 * A page with two copies of Pathlight (a script tag and an ESM bundle) has two modules; the second
 * copy's `createPolicy('pathlight')` is refused unless the host adds `'allow-duplicates'`, and that
 * copy shows articles as plain text (reported once).
 */
export interface PathlightPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createHTML(input: string): string; createScriptURL(input: string): string },
  ): PathlightPolicy;
}

/** undefined: not asked yet; null: the browser has no Trusted Types. */
let policy: PathlightPolicy | null | undefined;
/** Why the host refused the policy: remembered, so each caller does not ask (and cause a CSP report) again. */
let refused: { error: unknown } | undefined;
let gate = 0;

/**
 * The policy, created on first use; undefined where the browser has no Trusted Types.
 * Throws when the host's CSP does not allow the name `pathlight` (callers report it).
 */
export function pathlightPolicy(): PathlightPolicy | undefined {
  if (policy !== undefined) return policy ?? undefined;
  if (refused) throw refused.error;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (typeof tt?.createPolicy !== 'function') {
    policy = null;
    return undefined;
  }
  try {
    policy = tt.createPolicy('pathlight', {
      createHTML(input) {
        if (!gate) throw new TypeError('Pathlight writes HTML only through its sanitizer');
        return input;
      },
      createScriptURL(input) {
        throw new TypeError(`Pathlight makes no script URLs (refused ${input})`);
      },
    });
  } catch (error) {
    // `trusted-types 'none'` or a list without `pathlight`: one refusal (one violation report) per page.
    refused = { error };
    throw error;
  }
  return policy;
}

/** Runs the sanitizer with the policy's HTML gate open. */
export function sanitizing<T>(run: () => T): T {
  gate++;
  try {
    return run();
  } finally {
    gate--;
  }
}
