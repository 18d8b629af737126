type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Resolves once the host page is idle: `requestIdleCallback` (at most `timeoutMs` later), or a
 * `setTimeout` where the browser has no idle callbacks (Safari). Rejects when `signal` aborts,
 * cancelling the callback.
 * @example await whenIdle(controller.signal);
 */
export function whenIdle(signal: AbortSignal, timeoutMs = 2000, fallbackMs = 300): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const win = globalThis as IdleWindow;
    let cancel: () => void;
    const onAbort = () => {
      cancel();
      reject(signal.reason);
    };
    const fire = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    if (typeof win.requestIdleCallback === 'function' && typeof win.cancelIdleCallback === 'function') {
      const handle = win.requestIdleCallback(fire, { timeout: timeoutMs });
      cancel = () => win.cancelIdleCallback?.(handle);
    } else {
      const handle = setTimeout(fire, fallbackMs);
      cancel = () => clearTimeout(handle);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
