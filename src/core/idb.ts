/**
 * The one IndexedDB wrapper: a database with one object store, opened once, each request as a promise. The
 * feed cache keeps feeds in it and the hand-off's outbox its queued messages (each in a database of its own,
 * so neither ever has to upgrade the other's schema while another tab holds it open).
 */

/** One object store of string keys. Requests reject with IndexedDB's own error (quota, storage gone). */
export interface IdbStore {
  get<T>(key: string): Promise<T | undefined>;
  /** Written when the transaction commits (atomic: a value that does not fit leaves the old one). */
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every value, in key order. */
  all<T>(): Promise<T[]>;
  close(): void;
}

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Opens `store` in database `name` (created on first use); undefined where IndexedDB does not exist. Rejects
 * when opening fails or is blocked; bound it with {@link within}, since some engines never settle `open`.
 * @example
 * const store = await within(openIdbStore('pathlight', 'feeds'), 2000, 'Opening IndexedDB');
 */
export async function openIdbStore(name: string, store: string): Promise<IdbStore | undefined> {
  const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb) return undefined;
  const request = idb.open(name, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB upgrade blocked'));
  });
  const write = (change: (objects: IDBObjectStore) => void) => {
    const tx = db.transaction(store, 'readwrite');
    change(tx.objectStore(store));
    return new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
  };
  const read = () => db.transaction(store, 'readonly').objectStore(store);
  return {
    get: async (key) => (await done(read().get(key))) ?? undefined,
    put: (key, value) => write((objects) => objects.put(value, key)),
    delete: (key) => write((objects) => objects.delete(key)),
    all: (() => done(read().getAll())) as IdbStore['all'],
    close: () => db.close(),
  };
}

/** `work`, or a rejection naming `what` once `ms` have passed without it settling. */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
