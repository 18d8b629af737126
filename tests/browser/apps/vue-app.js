// A Vue 3 app that uses Pathlight through `pathlight/vue` (app.use), bundled by tests/browser/bindings.test.mjs.

import { Pathlight, usePathlight, usePathlightEvent } from 'pathlight/vue';
import { createApp, defineComponent, h, ref } from 'vue';

const Toolbar = defineComponent({
  setup() {
    const help = usePathlight();
    const opened = ref([]);
    usePathlightEvent('open', ({ view }) => opened.value.push(view));
    return () =>
      h('div', [
        h('button', { id: 'search', type: 'button', onClick: () => help.search('invoice') }, 'Search help'),
        h('output', { id: 'opened' }, opened.value.join(',')),
      ]);
  },
});

const app = createApp(Toolbar).use(Pathlight, { feed: '/feeds/kb.en.json', launcher: { label: 'Help' } });
app.mount('#root');
window.unmountVueApp = () => app.unmount();
