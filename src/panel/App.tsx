import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useStore } from '../ui/use-store';
import { colorScheme, DARK_QUERY, styleContainer } from './container';
import type { PanelContext } from './index';
import { Launcher } from './Launcher';
import { Panel } from './Panel';

function useColorScheme(setting: 'auto' | 'light' | 'dark' = 'auto'): 'light' | 'dark' {
  const query = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : undefined;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (setting !== 'auto' || !query) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [setting, query]);
  return colorScheme(setting, dark);
}

/** The root of everything drawn in the shadow root. */
export function App({ ctx }: { ctx: PanelContext }) {
  const { rt, store } = ctx;
  const t = useStore(rt.$t);
  const layers = useStore(rt.$layers);
  const scheme = useColorScheme(rt.config.theme?.colorScheme);
  const launcher = rt.config.launcher ?? {};

  // Set before paint, in the same frame as the text: new-locale text is never drawn under the old
  // `lang`/`dir` (a frame of Arabic laid out left to right), and a check right after the text changed sees them.
  useLayoutEffect(() => {
    const container = rt.shadow.querySelector<HTMLElement>('.pl-app');
    if (container) styleContainer(container, rt.config, { scheme, dir: t.dir, lang: t.locale });
  }, [scheme, t, rt]);

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
