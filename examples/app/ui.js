/** Small helpers shared by Ledgerly's pages: escaping, formatting, toasts, the Pathlight call. */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for the HTML templates: customer names typed into the demo must stay text. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Tagged template that escapes every interpolated value unless it is wrapped with `raw()`. */
export function html(strings, ...values) {
  return strings.reduce((out, part, i) => {
    if (i === 0) return part;
    const value = values[i - 1];
    const text = Array.isArray(value)
      ? value.map((v) => (v && v.__html !== undefined ? v.__html : esc(v))).join('')
      : value && value.__html !== undefined
        ? value.__html
        : esc(value);
    return out + text + part;
  }, '');
}

/** Marks a string as already-safe HTML for `html```. */
export function raw(markup) {
  return { __html: markup };
}

export function icon(name, extra = '') {
  return raw(`<svg class="icon ${extra}" aria-hidden="true"><use href="#i-${name}"/></svg>`);
}

export function money(amount, currency = 'USD') {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 }).format(
    amount,
  );
}

export function shortDate(iso) {
  return new Date(`${iso}T12:00:00`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
}

export function daysFromToday(iso) {
  const target = new Date(`${iso}T12:00:00`).getTime();
  const today = new Date();
  today.setHours(12, 0, 0, 0);
  return Math.round((target - today.getTime()) / (24 * 60 * 60 * 1000));
}

const STATUS_LABELS = { draft: 'Draft', sent: 'Sent', paid: 'Paid', overdue: 'Overdue', void: 'Void' };

export function statusBadge(status) {
  return raw(`<span class="badge badge-${esc(status)}">${esc(STATUS_LABELS[status] ?? status)}</span>`);
}

/**
 * Calls the Pathlight API through the snippet's stub, so calls made before the bundle loads are
 * queued. A missing widget must never break the app.
 */
export function pathlight(...args) {
  try {
    window.Pathlight?.(...args);
  } catch (error) {
    console.warn('[ledgerly] Pathlight call failed', args[0], error);
  }
}

/** Shows a short message in the polite live region; returns a function that removes it. */
export function toast(message, tone = 'success') {
  const region = document.getElementById('toasts');
  if (!region) return () => {};
  const item = document.createElement('div');
  item.className = `toast toast-${tone}`;
  item.textContent = message;
  region.append(item);
  const timer = setTimeout(() => item.remove(), 4000);
  return () => {
    clearTimeout(timer);
    item.remove();
  };
}

/** Sets CSS custom properties from `data-bar` values: style attributes are blocked by the page's CSP. */
export function applyBarHeights(root) {
  root.querySelectorAll('[data-bar]').forEach((el) => {
    el.style.setProperty('--bar', `${el.dataset.bar}%`);
  });
}
