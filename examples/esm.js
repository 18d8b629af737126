/**
 * Pathlight as an ES module: `createPathlight(config)` returns an instance that is already started
 * with `config`, with the same methods as the script tag's `window.Pathlight`.
 */
import { createPathlight } from '/pathlight.js';

const log = document.getElementById('esm-log');

function record(name, payload) {
  const item = document.createElement('li');
  const label = document.createElement('code');
  label.textContent = name;
  item.append(label, ` ${payload && Object.keys(payload).length ? JSON.stringify(payload) : ''}`);
  log.prepend(item);
}

const help = createPathlight({
  feed: {
    en: '/feeds/kb.en.json',
    pl: '/feeds/kb.pl.json',
    ru: '/feeds/kb.ru.json',
    lt: '/feeds/kb.lt.json',
    vi: '/feeds/kb.vi.json',
    ro: '/feeds/kb.ro.json',
  },
  theme: { brandColor: '#0f766e' },
  handoff: { email: 'support@ledgerly.example' },
  // `ready` fires during creation, before `on()` below could subscribe: use the callback.
  onReady: () => record('ready', {}),
});

[
  'open',
  'close',
  'search',
  'article:view',
  'video:progress',
  'tip:show',
  'tip:dismiss',
  'handoff',
  'error',
].forEach((name) => {
  help.on(name, (payload) => record(name, payload));
});

// Guide content can come from code instead of a JSON file.
help.addContent({
  version: 1,
  tips: [
    {
      id: 'esm-open-tip',
      target: '#esm-open',
      title: 'Defined in code',
      body: 'This tip was added with `addContent()` in **esm.js**.',
      placement: 'bottom-start',
      buttons: [{ label: 'Got it', action: 'dismiss' }],
    },
  ],
});

document.getElementById('esm-open').addEventListener('click', () => help.open());
document.getElementById('esm-search').addEventListener('click', () => help.search('password'));
document.getElementById('esm-article').addEventListener('click', () => help.showArticle('getting-started'));
document.getElementById('esm-tip').addEventListener('click', () => help.showTip('esm-open-tip'));
document
  .getElementById('esm-locale')
  .addEventListener('change', (event) => help.setLocale(event.target.value));
