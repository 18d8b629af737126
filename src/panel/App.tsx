import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ThemeConfig } from '../types';
import { useStore } from '../ui/use-store';
import { colorScheme, styleContainer, watchColorScheme } from './container';
import type { PanelContext } from './index';
import { Launcher } from './Launcher';
import { Panel } from './Panel';

/** The scheme now, redrawn when the system's or the host page's changes (the watcher stops on destroy). */
function useColorScheme(setting: ThemeConfig['colorScheme']): 'light' | 'dark' {
  const scheme = colorScheme(setting);
  // What this render drew: a change missed between the render and the watcher's start is caught on start.
  const drawn = useRef(scheme);
  drawn.current = scheme;
  const [, redraw] = useState(0);
  useEffect(() => {
    const check = () => {
      if (colorScheme(setting) !== drawn.current) redraw((n) => n + 1);
    };
    check();
    return watchColorScheme(setting, check);
  }, [setting]);
  return scheme;
}

/** The root of everything drawn in the shadow root. */
export function App({ ctx }: { ctx: PanelContext }) {
  const { rt, store } = ctx;
  const t = useStore(rt.$t);
  const layers = useStore(rt.$layers);
  const theme = useStore(rt.$theme);
  const scheme = useColorScheme(theme.colorScheme);
  const launcher = rt.config.launcher ?? {};

  // Set before paint, in the same frame as the text: new-locale text is never drawn under the old
  // `lang`/`dir` (a frame of Arabic laid out left to right), and a check right after the text changed sees them.
  useLayoutEffect(() => {
    const container = rt.shadow.querySelector<HTMLElement>('.pl-app');
    if (container) styleContainer(container, { ...rt.config, theme }, { scheme, dir: t.dir, lang: t.locale });
  }, [scheme, t, rt, theme]);

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
