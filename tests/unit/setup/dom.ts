import { vi } from 'vitest';
import type { PathlightError, PathlightInstance } from '../../../src/types';

/** A `Storage` over a Map, with switches to make each operation throw like a real browser can. */
export class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  failGet: Error | undefined;
  failSet: Error | undefined;
  failRemove: Error | undefined;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failGet) throw this.failGet;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw this.failSet;
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    if (this.failRemove) throw this.failRemove;
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
}

export const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Long enough for preact's effects (after the next frame) and microtask re-renders to settle. */
export const settle = () => tick(60);

export const roots = () => [...document.querySelectorAll('pathlight-root')] as HTMLElement[];

export function shadowOf(index = 0): ShadowRoot {
  const root = roots()[index];
  if (!root?.shadowRoot) throw new Error(`no <pathlight-root> #${index}`);
  return root.shadowRoot;
}

export const launcherIn = (shadow: ShadowRoot) => shadow.querySelector<HTMLButtonElement>('.pl-launcher');
export const dialogIn = (shadow: ShadowRoot) => shadow.querySelector<HTMLElement>('[role="dialog"]');

/** Collects `error` events of an instance. */
export function collectErrors(instance: PathlightInstance): PathlightError[] {
  const errors: PathlightError[] = [];
  instance.on('error', (error) => errors.push(error));
  return errors;
}

export const codes = (errors: PathlightError[]) => errors.map((e) => e.code);

/** `console.warn` messages (first argument) since the spy started. */
export function spyWarn() {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return Object.assign(spy, { messages: () => spy.mock.calls.map((call) => String(call[0])) });
}

/** Puts the page back between tests: no roots, empty storage, path `/`. */
export function resetPage(): void {
  for (const root of roots()) root.remove();
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
}
