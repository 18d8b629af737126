/*
 * A stand-in for a team's live chat, shaped like Crisp's documented `$crisp` SDK
 * (https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/), so the demo can show Pathlight's
 * hand-off without a real vendor account. Like Crisp's snippet it first defines `$crisp` as a plain array
 * that queues commands; the "SDK" arrives a moment later (as a real chat's script would), runs the queue,
 * fires `session:loaded`, and from then on handles `push`, `is` and `get`. It draws a small chat box in the
 * page showing the prefilled message, so a visitor sees exactly what an agent would be sent.
 *
 * Active only when Settings → Preferences → "Support chat" is "Live chat (demo)" (localStorage).
 */
(() => {
  let choice = null;
  try {
    choice = localStorage.getItem('ledgerly:chat');
  } catch {
    // Storage blocked: no demo chat.
  }
  if (choice !== 'demo') return;

  /** How long the demo "script" takes to arrive, so the panel's "Connecting you to chat…" shows. */
  const LOAD_MS = 900;
  const queue = [];
  window.$crisp = queue;

  const handlers = {};
  const state = { open: false, text: '', data: [] };
  let box = null;

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };

  function render() {
    if (!box) {
      box = el('section', 'demo-chat');
      box.setAttribute('aria-label', 'Support chat (demo)');
      const head = el('header', 'demo-chat-head');
      const title = el('div', 'demo-chat-title');
      title.append(
        el('strong', '', 'Ledgerly Support'),
        el('span', 'demo-chat-sub', 'Demo chat · not a real vendor'),
      );
      const close = el('button', 'demo-chat-close', '×');
      close.type = 'button';
      close.setAttribute('aria-label', 'Close chat');
      close.addEventListener('click', () => {
        state.open = false;
        render();
      });
      head.append(title, close);
      const log = el('ol', 'demo-chat-log');
      log.append(
        el(
          'li',
          'demo-chat-agent',
          'Hi! How can we help? We can already see what you tried in the help panel.',
        ),
      );
      const form = el('form', 'demo-chat-form');
      const input = el('textarea', 'demo-chat-input');
      input.rows = 5;
      input.setAttribute('aria-label', 'Message');
      const send = el('button', 'button button-primary demo-chat-send', 'Send');
      send.type = 'submit';
      form.append(input, send);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const text = input.value.trim();
        if (!text) return;
        log.append(el('li', 'demo-chat-me', text));
        log.append(
          el(
            'li',
            'demo-chat-agent',
            'Thanks! An agent will reply here shortly. (This is a demo: nothing was sent.)',
          ),
        );
        input.value = '';
        state.text = '';
        log.scrollTop = log.scrollHeight;
      });
      box.append(head, log, form);
      document.body.append(box);
    }
    box.hidden = !state.open;
    const input = box.querySelector('textarea');
    if (state.open && input.value !== state.text) {
      input.value = state.text;
      input.focus();
    }
  }

  const sdk = {
    push(command) {
      const [kind, name, args] = command;
      if (kind === 'on') handlers[name] = [...(handlers[name] || []), args];
      if (kind === 'set' && name === 'message:text') state.text = String(args?.[0] ?? '');
      if (kind === 'set' && name === 'session:data') state.data = args?.[0] ?? [];
      if (kind === 'do' && name === 'chat:open') state.open = true;
      if (kind === 'do' && name === 'chat:close') state.open = false;
      render();
    },
    is: (what) => (what === 'chat:opened' ? state.open : false),
    get: (what) => (what === 'message:text' ? state.text : undefined),
  };

  setTimeout(() => {
    window.$crisp = sdk;
    for (const command of queue) sdk.push(command);
    for (const fn of handlers['session:loaded'] || []) fn();
  }, LOAD_MS);
})();
