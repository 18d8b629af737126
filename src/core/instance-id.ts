import type { Report } from './errors';

/**
 * Ids of the live instances, page-wide: shared by every copy of Pathlight on the page (a script tag and an ESM
 * bundle each have their own modules). Keyed by a registered symbol, which no element `id` or `name` can shadow.
 */
const LIVE = Symbol.for('pathlight.instances');
const ID_SYNTAX = /^[\w-]{1,40}$/;

function liveIds(): Set<string> {
  const scope = globalThis as { [LIVE]?: unknown };
  const found = scope[LIVE];
  if (found instanceof Set) return found as Set<string>;
  const created = new Set<string>();
  scope[LIVE] = created;
  return created;
}

/**
 * Picks the storage namespace of an instance being initialized: `config.id` when given, else the first free of
 * '' (plain `pathlight:` keys), '2', '3'… in init order — stable across reloads of the same page, so each
 * instance finds its own state again. Returns the id ('' for the first) and its release for `destroy()`.
 */
export function claimInstanceId(
  requested: string | undefined,
  report: Report,
): { id: string; release(): void } {
  const live = liveIds();
  let base = '';
  if (requested !== undefined) {
    if (ID_SYNTAX.test(requested)) base = requested;
    else
      report(
        'config_invalid',
        `id: "${requested}" should be 1–40 letters, digits, "_" or "-"; using the default.`,
      );
  }
  let id = base;
  for (let n = 2; live.has(id); n++) id = base ? `${base}-${n}` : String(n);
  if (base && id !== base)
    report('config_invalid', `id: another live instance is "${base}"; this one keeps its state as "${id}".`);
  live.add(id);
  return { id, release: () => void live.delete(id) };
}
