// @vitest-environment node
// The bindings during server-side rendering: no window, no document. Rendering a tree with the provider (or
// creating a Vue app with the plugin) starts nothing, throws nothing, and components can call the methods.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';
import { PathlightProvider, usePathlight } from '../../../src/react';
import { Pathlight, usePathlight as useVuePathlight } from '../../../src/vue';

function Child() {
  const help = usePathlight();
  help.track('rendered'); // waits for a start that never comes on the server
  return createElement('p', null, 'child');
}
function Orphan() {
  usePathlight();
  return null;
}

describe('server-side rendering', () => {
  it('React: the provider renders its children on the server and the widget does not start', () => {
    expect(typeof document).toBe('undefined');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(
      createElement(PathlightProvider, { config: { feed: '/f.json' } }, createElement(Child)),
    );
    expect(html).toBe('<p>child</p>');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('React: usePathlight outside a provider says what is missing', () => {
    expect(() => renderToString(createElement(Orphan))).toThrow(/needs a <PathlightProvider>/);
  });

  it('Vue: app.use on the server starts nothing, and setup() gets the methods', async () => {
    const Child = defineComponent({
      setup() {
        const help = useVuePathlight();
        return () => h('p', typeof help.open);
      },
    });
    const app = createSSRApp(Child).use(Pathlight, { feed: '/f.json' });
    expect(await renderVue(app)).toBe('<p>function</p>');
  });
});
