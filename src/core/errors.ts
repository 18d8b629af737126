import type { ErrorCode, PathlightError } from '../types';

export type Report = (code: ErrorCode, message: string, cause?: unknown) => void;

/**
 * Builds the one way Pathlight reports a problem: one `console.warn` per distinct message and an
 * `error` event. Never throws, so it is safe in every catch block.
 */
export function createReporter(emitError: (error: PathlightError) => void): Report {
  const warned = new Set<string>();
  return (code, message, cause) => {
    try {
      const key = `${code}:${message}`;
      if (!warned.has(key)) {
        if (warned.size > 200) warned.clear();
        warned.add(key);
        console.warn(`[Pathlight] ${message}`, ...(cause === undefined ? [] : [cause]));
      }
      emitError({ code, message });
    } catch {
      // Reporting must never become the error.
    }
  };
}

/** Runs `fn`, reporting instead of throwing. */
export function guard<A extends unknown[], R>(
  report: Report,
  where: string,
  fn: (...args: A) => R,
): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      report('internal', `${where} failed: ${errorMessage(error)}`, error);
      return undefined;
    }
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
