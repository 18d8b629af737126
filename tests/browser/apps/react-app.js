// A React 19 app (StrictMode, development build: every effect mounts, unmounts and mounts again) that uses
// Pathlight through `pathlight/react`, bundled by tests/browser/bindings.test.mjs with esbuild. It re-renders
// often (a clock), draws a checklist's target element only after a click, and tracks an event.

import { PathlightProvider, usePathlight, usePathlightEvent } from 'pathlight/react';
import { createElement as h, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const config = {
  launcher: { label: 'Help' },
  quietPeriodMs: 0,
  content: {
    version: 1,
    checklists: [
      {
        id: 'setup',
        title: 'Set up the React app',
        items: [
          { id: 'bank', title: 'Connect your bank', completeWhen: { element: '#bank-connected' } },
          { id: 'invoice', title: 'Create an invoice', completeWhen: { event: 'invoice:created' } },
          { id: 'invite', title: 'Invite a teammate' },
        ],
      },
    ],
  },
};

function Toolbar() {
  const help = usePathlight();
  const [opens, setOpens] = useState(0);
  const [bank, setBank] = useState(false);
  const [tick, setTick] = useState(0);
  usePathlightEvent('open', () => setOpens((n) => n + 1));
  useEffect(() => {
    // A child's effect runs before its provider's: this call waits until the widget has started.
    help.track('app:mounted');
    const timer = setInterval(() => setTick((n) => n + 1), 50);
    return () => clearInterval(timer);
  }, [help]);
  return h(
    'div',
    { 'data-tick': tick },
    h('button', { id: 'contact', type: 'button', onClick: () => help.open('contact') }, 'Contact support'),
    h('button', { id: 'connect', type: 'button', onClick: () => setBank(true) }, 'Connect bank'),
    h(
      'button',
      { id: 'invoice', type: 'button', onClick: () => help.track('invoice:created') },
      'Create invoice',
    ),
    bank && h('p', { id: 'bank-connected', key: `bank-${tick}` }, 'Bank connected'),
    h('output', { id: 'opens' }, String(opens)),
  );
}

function App() {
  const [mounted, setMounted] = useState(true);
  return h(
    'main',
    null,
    h('button', { id: 'unmount', type: 'button', onClick: () => setMounted((m) => !m) }, 'Toggle help'),
    mounted && h(PathlightProvider, { config }, h(Toolbar)),
  );
}

createRoot(document.getElementById('root')).render(h(StrictMode, null, h(App)));
