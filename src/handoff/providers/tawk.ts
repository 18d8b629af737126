/*
 * tawk.to, https://developer.tawk.to/jsapi: `Tawk_API.onLoad` (one callback, run once the widget is rendered),
 * `Tawk_API.setAttributes({…}, callback)` (keys of letters, digits and dashes), `Tawk_API.maximize()`. No prefill.
 * The snippet makes `Tawk_API` a plain object; its methods arrive with the widget's script.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, isFunction, once } from './shared';

interface TawkApi {
  onLoad?: () => void;
  maximize?(): void;
  getStatus?(): string | undefined;
  setAttributes?(attributes: Record<string, string>, callback?: (error?: unknown) => void): void;
}

export function tawk({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => {
    globals.Tawk_API ??= {};
    return globals.Tawk_API as TawkApi;
  };
  return {
    name: 'tawk',
    ready(signal) {
      const sdk = api();
      if (isFunction(sdk.maximize) && sdk.getStatus?.()) return Promise.resolve();
      return once(signal, (done) => {
        // One callback only: keep the page's own and put it back afterwards.
        const before = sdk.onLoad;
        const chained = function (this: unknown) {
          before?.call(this);
          done();
        };
        sdk.onLoad = chained;
        return () => {
          if (sdk.onLoad === chained) sdk.onLoad = before;
        };
      });
    },
    open(context, summary) {
      const sdk = api();
      const data = attributes(context, summary, fields);
      if (Object.keys(data).length > 0) sdk.setAttributes?.(data, () => {});
      (sdk.maximize as () => void)();
    },
  };
}
