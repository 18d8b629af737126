/**
 * Trusted Types: Pathlight's one policy, named `pathlight` (hosts allow it with `trusted-types pathlight`).
 * Policy names are page-wide and a name may be created once, so this is the one deliberate page-level
 * value: every instance and every use (sanitized article HTML) shares it. Pathlight loads its lazy files
 * with `import()`, which is no Trusted Types sink, so it makes no script URLs itself; DOMPurify needs a
 * policy with `createScriptURL`, which allows only Pathlight's own file names.
 *
 * `createHTML` passes HTML through unchanged, as DOMPurify's own policy does (DOMPurify parses the
 * untrusted input through it and signs its output with it), but only while `sanitizing()` runs:
 * outside the sanitizer, the policy refuses to make HTML.
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

/**
 * Kept on `globalThis`, not in module scope: a page may carry two copies of this module (the ESM build
 * and the script-tag build), and a second `createPolicy('pathlight')` would be refused by the host's CSP.
 */
interface SharedState {
  policy: PathlightPolicy | null | undefined;
  gate: number;
  /** Why the host refused the policy: remembered, so each lazy file does not ask (and cause a CSP report) again. */
  refused?: unknown;
}
const SHARED_KEY = '__pathlightTrustedTypes';
function shared(): SharedState {
  const scope = globalThis as unknown as Record<string, SharedState | undefined>;
  const state = scope[SHARED_KEY] ?? { policy: undefined, gate: 0 };
  scope[SHARED_KEY] = state;
  return state;
}

/** Only our own files: `…/pathlight.<name>.js` and the shared `…/pathlight.shared-<hash>.js`. */
const CHUNK_FILE = /\/pathlight\.[a-z]+(-[A-Z0-9]+)?\.js$/;

/**
 * The shared policy, created on first use; undefined where the browser has no Trusted Types.
 * Throws when the host's CSP does not allow the name `pathlight` (callers report it).
 */
export function pathlightPolicy(): PathlightPolicy | undefined {
  const state = shared();
  if (state.policy !== undefined) return state.policy ?? undefined;
  if (state.refused !== undefined) throw state.refused;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt || typeof tt.createPolicy !== 'function') {
    state.policy = null;
    return undefined;
  }
  try {
    state.policy = createPolicy(tt, state);
  } catch (error) {
    // `trusted-types 'none'` or a list without `pathlight`: one refusal (one violation report) per page.
    state.refused = error;
    throw error;
  }
  return state.policy;
}

function createPolicy(tt: TrustedTypesLike, state: SharedState): PathlightPolicy {
  return tt.createPolicy('pathlight', {
    createHTML(input) {
      if (!state.gate) throw new TypeError('Pathlight writes HTML only through its sanitizer');
      return input;
    },
    createScriptURL(input) {
      if (!CHUNK_FILE.test(new URL(input).pathname))
        throw new TypeError(`Pathlight refuses to load ${input}`);
      return input;
    },
  });
}

/** Runs the sanitizer with the policy's HTML gate open. */
export function sanitizing<T>(run: () => T): T {
  const state = shared();
  state.gate++;
  try {
    return run();
  } finally {
    state.gate--;
  }
}
