import type { Report } from './errors';

/** Every key Pathlight writes starts with this. */
export const STORAGE_PREFIX = 'pathlight:';
/** Bumped when the stored shape changes; older entries are ignored. */
export const STORAGE_VERSION = 1;
/** All `pathlight:` keys together stay under this many UTF-16 code units (≈ bytes × 2 in most engines). */
export const STORAGE_BUDGET = 256 * 1024;

export interface KeyValueStorage {
  get<T>(key: string): T | undefined;
  /** Returns false when the write was skipped (over budget) and kept only in memory. */
  set(key: string, value: unknown): boolean;
  remove(key: string): void;
  /** Keys (without prefix) that start with `prefix`. */
  keys(prefix?: string): string[];
  /** True while values live only in memory. */
  readonly memoryOnly: boolean;
}

interface Envelope {
  v: number;
  d: unknown;
}

/**
 * A namespaced, versioned wrapper over `localStorage` (or `sessionStorage`) that never throws.
 * When the storage getter, a read or a write throws (private mode, quota, disabled storage), it
 * keeps working on an in-memory copy and reports once.
 */
export function createStorage(options: {
  report: Report;
  area?: 'local' | 'session';
  /**
   * This instance's own keys: `pathlight:<namespace>:…` (none: `pathlight:…`), so two instances on one page
   * keep apart. The budget counts every `pathlight:` key.
   */
  namespace?: string;
  /**
   * Shared by the stores of one instance, so one fault that hits localStorage and sessionStorage alike
   * (storage disabled) is reported once.
   */
  faults?: { reported: boolean };
  /** For tests: the storage object, or a function that throws like a disabled getter. */
  backend?: () => Storage;
}): KeyValueStorage {
  const { report, area = 'local', faults = { reported: false } } = options;
  const prefix = options.namespace ? `${STORAGE_PREFIX}${options.namespace}:` : STORAGE_PREFIX;
  const memory = new Map<string, string>();
  let backend: Storage | undefined;
  let memoryOnly = false;

  const fail = (what: string, error: unknown) => {
    if (!faults.reported) {
      faults.reported = true;
      report(
        'storage_unavailable',
        `${area}Storage is unavailable (${what}); progress is kept in memory for this page only.`,
        error,
      );
    }
  };

  try {
    backend = options.backend
      ? options.backend()
      : area === 'local'
        ? globalThis.localStorage
        : globalThis.sessionStorage;
    if (!backend) throw new Error('no storage');
  } catch (error) {
    memoryOnly = true;
    fail('access denied', error);
  }

  const read = (full: string): string | null => {
    if (memory.has(full)) return memory.get(full) ?? null;
    if (memoryOnly || !backend) return null;
    try {
      return backend.getItem(full);
    } catch (error) {
      memoryOnly = true;
      fail('read failed', error);
      return null;
    }
  };

  const usedBytes = (exceptKey: string): number => {
    if (!backend) return 0;
    let total = 0;
    for (let i = 0; i < backend.length; i++) {
      const k = backend.key(i);
      if (k?.startsWith(STORAGE_PREFIX) && k !== exceptKey)
        total += k.length + (backend.getItem(k)?.length ?? 0);
    }
    return total;
  };

  return {
    get memoryOnly() {
      return memoryOnly;
    },
    get<T>(key: string): T | undefined {
      const raw = read(prefix + key);
      if (raw == null) return undefined;
      try {
        const parsed = JSON.parse(raw) as Envelope;
        return parsed && parsed.v === STORAGE_VERSION ? (parsed.d as T) : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const full = prefix + key;
      const raw = JSON.stringify({ v: STORAGE_VERSION, d: value } satisfies Envelope);
      if (memoryOnly || !backend) {
        memory.set(full, raw);
        return true;
      }
      try {
        if (usedBytes(full) + full.length + raw.length > STORAGE_BUDGET) {
          // Skipped whole, never half-written: the previous value stays in storage and the new one in memory.
          memory.set(full, raw);
          report('storage_unavailable', `Skipped saving "${key}": Pathlight's storage budget is full.`);
          return false;
        }
        backend.setItem(full, raw);
        memory.delete(full);
        return true;
      } catch (error) {
        memory.set(full, raw);
        fail('write failed', error);
        return false;
      }
    },
    remove(key) {
      const full = prefix + key;
      memory.delete(full);
      if (memoryOnly || !backend) return;
      try {
        backend.removeItem(full);
      } catch (error) {
        fail('remove failed', error);
      }
    },
    keys(start = '') {
      const found = new Set<string>();
      const want = prefix + start;
      for (const k of memory.keys()) if (k.startsWith(want)) found.add(k.slice(prefix.length));
      if (!memoryOnly && backend) {
        try {
          for (let i = 0; i < backend.length; i++) {
            const k = backend.key(i);
            if (k?.startsWith(want)) found.add(k.slice(prefix.length));
          }
        } catch (error) {
          fail('list failed', error);
        }
      }
      return [...found];
    },
  };
}
