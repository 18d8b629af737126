/**
 * React bindings (`pathlight/react`), React 18 and later: a provider that starts the widget when it
 * mounts and removes it when it unmounts, and hooks for its methods and events. Only stable hooks; safe in
 * StrictMode (the double mount ends with one widget) and during server-side rendering (nothing runs on the
 * server: the widget starts in an effect).
 *
 * @example
 * <PathlightProvider config={{ feed: '/help/feed.json' }}>
 *   <App />
 * </PathlightProvider>
 *
 * function HelpButton() {
 *   const help = usePathlight();
 *   return <button onClick={() => help.open('contact')}>Contact support</button>;
 * }
 */
import { createContext, createElement, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { boundInstance } from '../bindings/bound';
import type { PathlightConfig, PathlightEvents, PathlightInstance } from '../types';

const PathlightContext = createContext<PathlightInstance | null>(null);

export interface PathlightProviderProps {
  /** Read when the provider mounts; change things later with the methods (`identify`, `setLocale`, …). */
  config: PathlightConfig;
  children?: ReactNode;
}

export function PathlightProvider({ config, children }: PathlightProviderProps): ReactNode {
  const [bound] = useState(boundInstance);
  const latest = useRef(config);
  latest.current = config;
  useEffect(() => {
    bound.start(latest.current);
    return () => bound.stop();
  }, [bound]);
  return createElement(PathlightContext.Provider, { value: bound.api }, children);
}

/** The widget's methods (`open`, `search`, `track`, `identify`, …); calls made before it started wait for it. */
export function usePathlight(): PathlightInstance {
  const help = useContext(PathlightContext);
  if (!help) throw new Error('usePathlight() needs a <PathlightProvider> above this component.');
  return help;
}

/** Calls `handler` on each `name` event while the component is mounted (the latest handler, no re-subscribing). */
export function usePathlightEvent<K extends keyof PathlightEvents>(
  name: K,
  handler: (payload: PathlightEvents[K]) => void,
): void {
  const help = usePathlight();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => help.on(name, (payload) => latest.current(payload)), [help, name]);
}

export type { PathlightConfig, PathlightEvents, PathlightInstance } from '../types';
