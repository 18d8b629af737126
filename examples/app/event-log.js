/**
 * The "Event log" drawer: every Pathlight event, as analytics would receive it. The snippet buffers
 * events in `window.ledgerlyPathlightLog` (the widget may start before this module) and announces
 * each new one with a `ledgerly:pathlight-event` DOM event. After `contact:sent`, the drawer also shows what
 * the local endpoint (`npm start`'s /api/contact) received: the other side of the hand-off.
 */

const MAX_ROWS = 100;

function time(date) {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function summary(payload) {
  if (!payload || typeof payload !== 'object' || Object.keys(payload).length === 0) return '';
  try {
    return JSON.stringify(payload);
  } catch {
    return '[unserializable payload]';
  }
}

/** Wires the drawer; returns its teardown. */
export function mountEventLog() {
  const toggle = document.getElementById('event-log-toggle');
  const panel = document.getElementById('event-log-panel');
  const list = document.getElementById('event-log-list');
  const count = document.getElementById('event-log-count');
  const last = document.getElementById('event-log-last');
  const clear = document.getElementById('event-log-clear');
  let total = 0;

  const row = (entry) => {
    const item = document.createElement('li');
    item.className = `event-log-row${entry.name === 'error' ? ' is-error' : ''}${entry.kind === 'forwarded' ? ' is-forwarded' : ''}`;
    const when = document.createElement('time');
    when.dateTime = entry.time.toISOString();
    when.textContent = time(entry.time);
    const name = document.createElement('code');
    name.className = 'event-log-name';
    name.textContent = entry.name;
    const detail = document.createElement('code');
    detail.className = 'event-log-payload';
    detail.textContent = summary(entry.payload);
    item.append(when, name, detail);
    return item;
  };

  const add = (entry) => {
    total += 1;
    count.textContent = String(total);
    last.textContent = `${entry.name} ${summary(entry.payload)}`.trim();
    list.prepend(row(entry));
    while (list.children.length > MAX_ROWS) list.lastElementChild.remove();
  };

  /** The message the endpoint stored under `id`, as an "inbox" row: who wrote, what, and the context. */
  const showInbox = async (id) => {
    try {
      const response = await fetch('/api/contact', { cache: 'no-store' });
      const message = response.ok ? (await response.json()).find((m) => m.idempotencyKey === id) : undefined;
      if (!message) return;
      add({
        name: 'inbox',
        time: new Date(message.receivedAt),
        payload: {
          from: `${message.name} <${message.email}>`,
          message: message.message,
          files: message.files.map((f) => f.name),
          context: message.context,
        },
      });
    } catch {
      // Served without `npm start` (no endpoint): the events above say what the widget did.
    }
  };
  const onEvent = (event) => {
    add(event.detail);
    if (event.detail.name === 'contact:sent') showInbox(event.detail.payload.id);
  };
  const onToggle = () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  const onClear = () => {
    list.textContent = '';
    total = 0;
    count.textContent = '0';
    last.textContent = 'Cleared.';
  };

  (window.ledgerlyPathlightLog ?? []).forEach(add);
  window.addEventListener('ledgerly:pathlight-event', onEvent);
  toggle.addEventListener('click', onToggle);
  clear.addEventListener('click', onClear);

  // Without the bundle (not built yet, or blocked) the log would wait forever: say so.
  const timer = setTimeout(() => {
    if (total === 0 && typeof window.Pathlight?.q !== 'undefined' && !window.Pathlight.open) {
      last.textContent = 'Pathlight has not loaded: run `npm run build`, then reload.';
    }
  }, 4000);

  return () => {
    clearTimeout(timer);
    window.removeEventListener('ledgerly:pathlight-event', onEvent);
    toggle.removeEventListener('click', onToggle);
    clear.removeEventListener('click', onClear);
  };
}
