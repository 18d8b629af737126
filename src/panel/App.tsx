import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { themeVariables } from '../ui/styles';
import { useStore } from '../ui/use-store';
import type { PanelContext } from './index';
import { Launcher } from './Launcher';
import { Panel } from './Panel';

function useColorScheme(setting: 'auto' | 'light' | 'dark' = 'auto'): 'light' | 'dark' {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (setting !== 'auto' || !query) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [setting, query]);
  if (setting !== 'auto') return setting;
  return dark ? 'dark' : 'light';
}

/** The root of everything drawn in the shadow root. */
export function App({ ctx }: { ctx: PanelContext }) {
  const { rt, store } = ctx;
  const t = useStore(rt.$t);
  const layers = useStore(rt.$layers);
  const scheme = useColorScheme(rt.config.theme?.colorScheme);
  const launcher = rt.config.launcher ?? {};

  // Theme variables and direction live on the container `mountHost` made, not on a wrapper element. Set before
  // paint, in the same frame as the text: new-locale text is never drawn under the old `lang`/`dir` (a frame of
  // Arabic laid out left to right), and a check right after the text changed sees them.
  useLayoutEffect(() => {
    const container = rt.shadow.querySelector<HTMLElement>('.pl-app');
    if (!container) return;
    container.dataset.scheme = scheme;
    container.dataset.side = launcher.position === 'bottom-left' ? 'left' : 'right';
    container.dir = t.dir;
    container.lang = t.locale;
    for (const [name, value] of Object.entries(themeVariables(rt.config.theme)))
      container.style.setProperty(name, value);
    if (launcher.offset !== undefined) container.style.setProperty('--pl-offset', `${launcher.offset}px`);
  }, [scheme, t, rt, launcher.position, launcher.offset]);

  return (
    <>
      {!launcher.hidden && <Launcher rt={rt} store={store} />}
      <Panel {...ctx} />
      {layers.map((Layer, i) => (
        <Layer key={i} rt={rt} />
      ))}
    </>
  );
}
