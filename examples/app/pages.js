/**
 * Ledgerly's pages. Each page renders the whole main area as an HTML string (the way a framework
 * re-render replaces a subtree) and `mount` wires it up, returning its teardown.
 */
import {
  addCustomer,
  addInvoice,
  company,
  customers,
  findCustomer,
  findInvoice,
  invoices,
  monthlyRevenue,
  nextInvoiceNumber,
  subtotal,
  team,
  total,
} from './data.js';
import { insightsPage } from './insights.js';
import {
  applyBarHeights,
  daysFromToday,
  esc,
  html,
  icon,
  money,
  pathlight,
  raw,
  shortDate,
  statusBadge,
  toast,
} from './ui.js';

const EUR_TO_USD = 1.08;
const inUsd = (invoice) => total(invoice) * (invoice.currency === 'EUR' ? EUR_TO_USD : 1);
const customerName = (invoice) => findCustomer(invoice.customerId)?.name ?? 'Unknown customer';

function dueLabel(invoice) {
  if (invoice.status === 'paid') return 'Paid';
  if (invoice.status === 'void') return 'Void';
  const days = daysFromToday(invoice.due);
  if (days < 0) return `${-days} ${-days === 1 ? 'day' : 'days'} overdue`;
  if (days === 0) return 'Due today';
  return `Due in ${days} ${days === 1 ? 'day' : 'days'}`;
}

function pageHead({ title, eyebrow = '', lead = '', actions = '' }) {
  return html`
    <div class="page-head">
      <div class="page-head-text">
        ${eyebrow ? raw(`<p class="eyebrow">${eyebrow}</p>`) : ''}
        <h1 class="page-title" tabindex="-1">${title}</h1>
        ${lead ? raw(`<p class="page-lead">${esc(lead)}</p>`) : ''}
      </div>
      ${actions ? raw(`<div class="page-actions">${actions}</div>`) : ''}
    </div>`;
}

function invoiceRows(list) {
  if (list.length === 0) {
    return html`<tr class="empty-row"><td colspan="6">No invoices match these filters.</td></tr>`;
  }
  return list
    .map(
      (invoice) => html`
        <tr>
          <td data-label="Invoice"><a class="table-link" href="/invoices/${invoice.number}">${invoice.number}</a></td>
          <td data-label="Customer">${customerName(invoice)}</td>
          <td data-label="Issued">${shortDate(invoice.issued)}</td>
          <td data-label="Due">${shortDate(invoice.due)}</td>
          <td data-label="Amount" class="num">${money(total(invoice), invoice.currency)}</td>
          <td data-label="Status">${statusBadge(invoice.status)}</td>
        </tr>`,
    )
    .join('');
}

function invoiceTable(list, caption) {
  return html`
    <div class="table-wrap">
      <table class="table table-stack">
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Customer</th>
            <th scope="col">Issued</th>
            <th scope="col">Due</th>
            <th scope="col" class="num">Amount</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>${raw(invoiceRows(list))}</tbody>
      </table>
    </div>`;
}

function barChart(points, label) {
  const max = Math.max(...points.map((p) => p.value));
  return html`
    <figure class="chart" id="revenue-chart" aria-label="${label}">
      <div class="chart-bars">
        ${points.map((p) =>
          raw(
            html`<div class="chart-col">
              <span class="chart-value">$${(p.value / 1000).toFixed(1)}k</span>
              <span class="chart-bar" data-bar="${Math.round((p.value / max) * 100)}"></span>
              <span class="chart-label">${p.label}</span>
            </div>`,
          ),
        )}
      </div>
      <figcaption class="visually-hidden">
        ${points.map((p) => `${p.label}: ${money(p.value, 'USD')}`).join(', ')}
      </figcaption>
    </figure>`;
}

function statCard({ label, value, note, tone = '', iconName }) {
  return html`
    <div class="card stat">
      <div class="stat-top">
        <span class="stat-label">${label}</span>
        <span class="stat-icon ${tone}">${icon(iconName)}</span>
      </div>
      <p class="stat-value">${value}</p>
      <p class="stat-note">${note}</p>
    </div>`;
}

// ---------------------------------------------------------------------------------------------

const dashboard = {
  title: 'Dashboard',
  nav: '/',
  render() {
    const open = invoices.filter((i) => i.status === 'sent' || i.status === 'overdue');
    const overdue = invoices.filter((i) => i.status === 'overdue');
    // Overdue first, then what falls due next: a short list that scrolls inside its card.
    const attention = [
      ...overdue,
      ...open.filter((i) => i.status === 'sent').sort((a, b) => a.due.localeCompare(b.due)),
    ];
    const paid = invoices.filter((i) => i.status === 'paid' && daysFromToday(i.issued) > -30);
    const hour = new Date().getHours();
    const greeting = hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
    const today = new Date().toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
    return html`
      ${raw(
        pageHead({
          title: `${greeting}, Maya`,
          eyebrow: esc(today),
          lead: 'Here is how Maple & Finch is doing this month.',
          actions: html`
            <a class="button button-secondary" href="/reports">${icon('chart')}View reports</a>
            <a class="button button-primary" href="/invoices/new">${icon('plus')}New invoice</a>`,
        }),
      )}

      <section class="card onboarding" aria-labelledby="onboarding-title">
        <div class="onboarding-text">
          <h2 id="onboarding-title">Finish setting up Ledgerly</h2>
          <p>Five short steps to your first paid invoice. The checklist ticks them off as you go, and the one-minute tour shows you around; both pick up where you left off.</p>
        </div>
        <div class="onboarding-actions">
          <button class="button button-secondary" type="button" id="onboarding-guide">${icon('check')}Read the getting-started guide</button>
          <button class="button button-secondary" type="button" id="open-checklist">${icon('check')}Open checklist</button>
          <button class="button button-primary" type="button" id="start-tour">${icon('compass')}Take the 1-minute tour</button>
        </div>
      </section>

      <div class="stats-grid" id="stats">
        ${raw(
          statCard({
            label: 'Outstanding',
            value: money(open.reduce((s, i) => s + inUsd(i), 0)),
            note: `${open.length} open invoices`,
            iconName: 'invoice',
            tone: 'tone-brand',
          }),
        )}
        ${raw(
          statCard({
            label: 'Overdue',
            value: money(overdue.reduce((s, i) => s + inUsd(i), 0)),
            note: `${overdue.length} invoices need a nudge`,
            iconName: 'alert',
            tone: 'tone-danger',
          }),
        )}
        ${raw(
          statCard({
            label: 'Paid, last 30 days',
            value: money(paid.reduce((s, i) => s + inUsd(i), 0)),
            note: '+18% vs. previous 30 days',
            iconName: 'trend',
            tone: 'tone-success',
          }),
        )}
        ${raw(
          statCard({
            label: 'Average time to pay',
            value: '11 days',
            note: '3 days faster than last quarter',
            iconName: 'clock',
            tone: 'tone-warning',
          }),
        )}
      </div>

      <div class="grid-2">
        <section class="card" aria-labelledby="revenue-title">
          <div class="card-head">
            <h2 id="revenue-title">Revenue collected</h2>
            <span class="muted small">Last 6 months, USD</span>
          </div>
          <div id="revenue-slot"><p class="chart-loading muted small" role="status">Loading revenue…</p></div>
        </section>
        <section class="card" aria-labelledby="attention-title">
          <div class="card-head">
            <h2 id="attention-title">Needs attention</h2>
            <a class="link small" href="/invoices?status=overdue">See all</a>
          </div>
          <ul class="attention-list" id="attention-list" tabindex="0" aria-labelledby="attention-title">
            ${attention.map((invoice) =>
              raw(html`
                <li class="attention-item">
                  <span class="attention-icon">${icon('alert')}</span>
                  <span class="attention-text">
                    <a class="table-link" href="/invoices/${invoice.number}">${invoice.number}</a>
                    · ${customerName(invoice)}
                    <span class="muted small block">${money(total(invoice), invoice.currency)} · ${dueLabel(invoice)}</span>
                  </span>
                  <button class="button button-small button-secondary" type="button" data-remind="${invoice.number}">
                    Remind
                  </button>
                </li>`),
            )}
          </ul>
        </section>
      </div>

      <section class="card card-flush" aria-labelledby="recent-title">
        <div class="card-head card-pad">
          <h2 id="recent-title">Recent invoices</h2>
          <a class="link small" href="/invoices">View all invoices</a>
        </div>
        ${raw(invoiceTable(invoices.slice(0, 5), 'Recent invoices'))}
      </section>`;
  },
  mount(main) {
    // The chart's numbers arrive a moment after the page, as from an API: the tour's step on it waits.
    const chartTimer = setTimeout(() => {
      const slot = main.querySelector('#revenue-slot');
      if (!slot) return;
      slot.innerHTML = barChart(monthlyRevenue, 'Revenue collected per month');
      applyBarHeights(slot);
    }, 900);
    const onClick = (event) => {
      const target = event.target.closest('button');
      if (!target) return;
      if (target.id === 'start-tour') pathlight('startTour', 'welcome');
      if (target.id === 'open-checklist') pathlight('open', 'checklist');
      if (target.id === 'onboarding-guide') pathlight('showArticle', 'getting-started');
      if (target.dataset.remind) {
        toast(`Reminder sent for ${target.dataset.remind}.`);
        pathlight('track', 'reminder:sent');
      }
    };
    main.addEventListener('click', onClick);
    return () => {
      clearTimeout(chartTimer);
      main.removeEventListener('click', onClick);
    };
  },
};

// ---------------------------------------------------------------------------------------------

const STATUS_FILTERS = [
  ['all', 'All'],
  ['draft', 'Draft'],
  ['sent', 'Sent'],
  ['overdue', 'Overdue'],
  ['paid', 'Paid'],
];

const invoiceList = {
  title: 'Invoices',
  nav: '/invoices',
  render() {
    const status = new URLSearchParams(location.search).get('status') ?? 'all';
    return html`
      ${raw(
        pageHead({
          title: 'Invoices',
          lead: 'Everything you have billed, newest first.',
          actions: html`<a class="button button-primary" id="new-invoice-button" href="/invoices/new">
            ${icon('plus')}New invoice</a>`,
        }),
      )}
      <section class="card card-flush">
        <div class="toolbar card-pad">
          <div class="segmented" role="group" aria-label="Filter by status">
            ${STATUS_FILTERS.map(([value, label]) =>
              raw(
                html`<button class="segmented-item" type="button" data-status="${value}"
                  aria-pressed="${String(value === status)}">${label}</button>`,
              ),
            )}
          </div>
          <div class="search-field">
            <label class="visually-hidden" for="invoice-search">Search invoices</label>
            ${icon('search', 'search-icon')}
            <input class="input" id="invoice-search" type="search" placeholder="Search by number or customer"
              autocomplete="off" />
          </div>
        </div>
        <div id="invoice-table">${raw(invoiceTable(filterInvoices(status, ''), 'Invoices'))}</div>
        <p class="table-foot muted small" id="invoice-count" aria-live="polite"></p>
      </section>`;
  },
  mount(main) {
    let status = new URLSearchParams(location.search).get('status') ?? 'all';
    const search = main.querySelector('#invoice-search');
    const update = () => {
      const list = filterInvoices(status, search.value);
      main.querySelector('#invoice-table tbody').innerHTML = invoiceRows(list);
      main.querySelector('#invoice-count').textContent =
        `${list.length} of ${invoices.length} invoices${status === 'all' ? '' : ` · ${status}`}`;
      main.querySelectorAll('[data-status]').forEach((button) => {
        button.setAttribute('aria-pressed', String(button.dataset.status === status));
      });
    };
    const onClick = (event) => {
      const button = event.target.closest('[data-status]');
      if (!button) return;
      status = button.dataset.status;
      const url = status === 'all' ? '/invoices' : `/invoices?status=${status}`;
      history.replaceState(history.state, '', url);
      update();
    };
    main.addEventListener('click', onClick);
    search.addEventListener('input', update);
    update();
    return () => {
      main.removeEventListener('click', onClick);
      search.removeEventListener('input', update);
    };
  },
};

function filterInvoices(status, query) {
  const needle = query.trim().toLowerCase();
  return invoices.filter(
    (invoice) =>
      (status === 'all' || invoice.status === status) &&
      (!needle ||
        invoice.number.toLowerCase().includes(needle) ||
        customerName(invoice).toLowerCase().includes(needle)),
  );
}

// ---------------------------------------------------------------------------------------------

const invoiceDetail = {
  title: (params) => (findInvoice(params.number) ? params.number.toUpperCase() : 'Invoice not found'),
  nav: '/invoices',
  render({ number }) {
    const invoice = findInvoice(number);
    if (!invoice) return notFound.render({ what: `Invoice ${number}` });
    const customer = findCustomer(invoice.customerId);
    const sub = subtotal(invoice);
    const tax = sub * invoice.taxRate;
    const days = daysFromToday(invoice.due);
    const canRemind = invoice.status === 'sent' || invoice.status === 'overdue';
    return html`
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href="/invoices">Invoices</a>${icon('chevron-right', 'icon-small')}<span aria-current="page">${invoice.number}</span>
      </nav>
      <div class="page-head">
        <div class="page-head-text">
          <div class="title-row">
            <h1 class="page-title" tabindex="-1">${invoice.number}</h1>
            ${statusBadge(invoice.status)}
          </div>
          <p class="page-lead">${customer?.name ?? 'Unknown customer'} · issued ${shortDate(invoice.issued)}</p>
        </div>
        <div class="page-actions">
          <button class="button button-secondary" type="button" data-action="pdf">${icon('download')}Download PDF</button>
          ${canRemind ? raw(html`<button class="button button-secondary" type="button" data-action="remind">${icon('send')}Send reminder</button>`) : ''}
          ${
            invoice.status === 'draft'
              ? raw(
                  html`<button class="button button-primary" type="button" data-action="send">${icon('send')}Send invoice</button>`,
                )
              : canRemind
                ? raw(
                    html`<button class="button button-primary" type="button" data-action="paid">${icon('check')}Record payment</button>`,
                  )
                : ''
          }
        </div>
      </div>

      <div class="detail-grid">
        <article class="card paper" aria-label="Invoice ${invoice.number}">
          <header class="paper-head">
            <div>
              <p class="paper-brand">${icon('logo', 'paper-logo')}${company.name}</p>
              <p class="muted small">${company.address.join(' · ')}</p>
            </div>
            <div class="paper-meta">
              <p class="paper-kind">Invoice</p>
              <p class="mono">${invoice.number}</p>
            </div>
          </header>
          <dl class="paper-parties">
            <div>
              <dt>Billed to</dt>
              <dd>
                <strong>${customer?.name ?? '—'}</strong><br />${customer?.contact ?? ''}<br />${customer?.email ?? ''}
                ${customer?.taxId ? raw(html`<br /><span class="muted">Tax ID ${customer.taxId}</span>`) : ''}
              </dd>
            </div>
            <div>
              <dt>Issued</dt>
              <dd>${shortDate(invoice.issued)}</dd>
              <dt>Due</dt>
              <dd>${shortDate(invoice.due)}</dd>
            </div>
          </dl>
          <div class="table-wrap">
            <table class="table table-lines">
              <caption class="visually-hidden">Line items</caption>
              <thead>
                <tr><th scope="col">Description</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Price</th><th scope="col" class="num">Amount</th></tr>
              </thead>
              <tbody>
                ${invoice.items.map((item) =>
                  raw(html`<tr>
                    <td>${item.description}</td>
                    <td class="num">${item.qty}</td>
                    <td class="num">${money(item.price, invoice.currency)}</td>
                    <td class="num">${money(item.qty * item.price, invoice.currency)}</td>
                  </tr>`),
                )}
              </tbody>
            </table>
          </div>
          <dl class="totals">
            <div><dt>Subtotal</dt><dd>${money(sub, invoice.currency)}</dd></div>
            <div><dt>Tax (${Math.round(invoice.taxRate * 100)}%)</dt><dd>${money(tax, invoice.currency)}</dd></div>
            <div class="totals-grand"><dt>Total</dt><dd>${money(sub + tax, invoice.currency)}</dd></div>
          </dl>
          <p class="paper-note muted small">Thank you for your business. Payment by bank transfer or card via the
            customer portal. ${company.taxId}.</p>
        </article>

        <aside class="detail-side">
          <section class="card" aria-labelledby="due-title">
            <h2 id="due-title" class="card-title">Amount due</h2>
            <p class="stat-value">${invoice.status === 'paid' || invoice.status === 'void' ? money(0, invoice.currency) : money(sub + tax, invoice.currency)}</p>
            <p class="${days < 0 && canRemind ? 'text-danger' : 'muted'} small">${dueLabel(invoice)}</p>
          </section>
          <section class="card" aria-labelledby="activity-title">
            <h2 id="activity-title" class="card-title">Activity</h2>
            <ol class="timeline">
              <li><span class="timeline-dot"></span>Created by Maya Chen<span class="muted small block">${shortDate(invoice.issued)}</span></li>
              ${invoice.status !== 'draft' ? raw(html`<li><span class="timeline-dot"></span>Sent to ${customer?.email ?? 'customer'}<span class="muted small block">${shortDate(invoice.issued)}</span></li>`) : ''}
              ${invoice.status === 'overdue' ? raw('<li><span class="timeline-dot dot-danger"></span>Automatic reminder sent<span class="muted small block">3 days after due date</span></li>') : ''}
              ${invoice.status === 'paid' ? raw(html`<li><span class="timeline-dot dot-success"></span>Paid in full by card<span class="muted small block">${shortDate(invoice.due)}</span></li>`) : ''}
            </ol>
          </section>
        </aside>
      </div>`;
  },
  mount(main, { number }) {
    const invoice = findInvoice(number);
    if (!invoice) return () => {};
    const onClick = (event) => {
      const button = event.target.closest('[data-action]');
      if (!button) return;
      const action = button.dataset.action;
      if (action === 'pdf') toast('The PDF download is not part of this demo.', 'info');
      if (action === 'remind') {
        toast(`Reminder sent to ${findCustomer(invoice.customerId)?.email ?? 'the customer'}.`);
        pathlight('track', 'reminder:sent');
      }
      if (action === 'send') {
        invoice.status = 'sent';
        toast(`${invoice.number} sent.`);
        pathlight('track', 'invoice:sent');
        window.dispatchEvent(new CustomEvent('ledgerly:rerender'));
      }
      if (action === 'paid') {
        invoice.status = 'paid';
        toast(`Payment recorded for ${invoice.number}.`);
        pathlight('track', 'payment:recorded');
        window.dispatchEvent(new CustomEvent('ledgerly:rerender'));
      }
    };
    main.addEventListener('click', onClick);
    return () => main.removeEventListener('click', onClick);
  },
};

// ---------------------------------------------------------------------------------------------

function inDays(days) {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const newInvoice = {
  title: 'New invoice',
  nav: '/invoices',
  render() {
    return html`
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href="/invoices">Invoices</a>${icon('chevron-right', 'icon-small')}<span aria-current="page">New invoice</span>
      </nav>
      ${raw(pageHead({ title: 'New invoice', lead: `This will be ${nextInvoiceNumber()}. You can edit it until you send it.` }))}
      <div class="form-grid">
        <form class="card form" id="new-invoice-form" novalidate>
          <div class="error-summary" id="form-errors" tabindex="-1" hidden></div>

          <div class="field">
            <div class="field-label-row">
              <label class="label" for="invoice-customer" data-pathlight-article="add-customer">Customer</label>
            </div>
            <select class="input" id="invoice-customer" name="customer" required aria-describedby="invoice-customer-error">
              <option value="">Choose a customer…</option>
              ${customers.map((c) => raw(html`<option value="${c.id}">${c.name}</option>`))}
            </select>
            <p class="field-error" id="invoice-customer-error" hidden>Choose who this invoice is for.</p>
          </div>

          <div class="field-row">
            <div class="field">
              <div class="field-label-row">
                <label class="label" for="invoice-due-date" data-pathlight-article="payment-terms">Due date</label>
              </div>
              <input class="input" id="invoice-due-date" name="due" type="date" required value="${inDays(14)}"
                aria-describedby="invoice-due-date-hint invoice-due-date-error" />
              <p class="field-hint" id="invoice-due-date-hint">Net 14 is your default payment term.</p>
              <p class="field-error" id="invoice-due-date-error" hidden>Pick a due date that is today or later.</p>
            </div>
            <div class="field">
              <label class="label" for="invoice-currency">Currency</label>
              <select class="input" id="invoice-currency" name="currency">
                <option>USD</option><option>EUR</option><option>GBP</option><option>PLN</option><option>RON</option>
              </select>
            </div>
          </div>

          <div class="field">
            <label class="label" for="invoice-description">Description</label>
            <input class="input" id="invoice-description" name="description" type="text"
              placeholder="e.g. Website design — June" autocomplete="off" />
          </div>

          <div class="field-row">
            <div class="field">
              <label class="label" for="invoice-amount">Amount (before tax)</label>
              <input class="input" id="invoice-amount" name="amount" type="number" min="0.01" step="0.01"
                inputmode="decimal" required placeholder="0.00" aria-describedby="invoice-amount-error" />
              <p class="field-error" id="invoice-amount-error" hidden>Enter an amount greater than zero.</p>
            </div>
            <div class="field">
              <div class="field-label-row">
                <label class="label" for="invoice-tax-id" data-pathlight-article="tax-ids">Customer tax ID <span class="optional">optional</span></label>
              </div>
              <input class="input" id="invoice-tax-id" name="taxId" type="text" autocomplete="off"
                placeholder="e.g. PL7792433421" aria-describedby="invoice-tax-id-hint" />
              <p class="field-hint" id="invoice-tax-id-hint">Required for EU reverse-charge invoices.</p>
            </div>
          </div>

          <div class="form-actions">
            <a class="button button-ghost" href="/invoices">Cancel</a>
            <button class="button button-secondary" type="submit" name="intent" value="draft">Save as draft</button>
            <button class="button button-primary" id="invoice-submit" type="submit" name="intent" value="send">
              ${icon('send')}Create &amp; send
            </button>
          </div>
        </form>

        <aside class="card preview" aria-labelledby="preview-title">
          <h2 id="preview-title" class="card-title">Summary</h2>
          <dl class="totals">
            <div><dt>Subtotal</dt><dd id="preview-subtotal">—</dd></div>
            <div><dt>Tax</dt><dd id="preview-tax">—</dd></div>
            <div class="totals-grand"><dt>Total</dt><dd id="preview-total">—</dd></div>
          </dl>
          <p class="muted small">EUR invoices use your 23% VAT rate unless a valid EU tax ID triggers reverse charge.</p>
        </aside>
      </div>`;
  },
  mount(main, _params, { navigate }) {
    const form = main.querySelector('#new-invoice-form');
    const get = (id) => main.querySelector(`#${id}`);
    const taxRateFor = () => {
      const currency = get('invoice-currency').value;
      if (currency !== 'EUR') return 0;
      return /^[A-Z]{2}[0-9A-Z]{8,12}$/.test(get('invoice-tax-id').value.trim().toUpperCase()) ? 0 : 0.23;
    };
    const updatePreview = () => {
      const amount = Number(get('invoice-amount').value) || 0;
      const currency = get('invoice-currency').value;
      const rate = taxRateFor();
      get('preview-subtotal').textContent = amount ? money(amount, currency) : '—';
      get('preview-tax').textContent = amount ? `${money(amount * rate, currency)} (${rate * 100}%)` : '—';
      get('preview-total').textContent = amount ? money(amount * (1 + rate), currency) : '—';
    };
    const onCustomer = () => {
      const customer = findCustomer(get('invoice-customer').value);
      if (customer?.taxId && !get('invoice-tax-id').value) get('invoice-tax-id').value = customer.taxId;
      if (customer && ['Poland', 'Germany', 'Lithuania', 'Romania'].includes(customer.country)) {
        get('invoice-currency').value = 'EUR';
      }
      updatePreview();
    };
    const setError = (id, show) => {
      get(`${id}-error`).hidden = !show;
      get(id).setAttribute('aria-invalid', String(show));
      return show ? [id] : [];
    };
    const onSubmit = (event) => {
      event.preventDefault();
      const intent = event.submitter?.value === 'draft' ? 'draft' : 'sent';
      const amount = Number(get('invoice-amount').value);
      const due = get('invoice-due-date').value;
      const invalid = [
        ...setError('invoice-customer', !get('invoice-customer').value),
        ...setError('invoice-due-date', !due || daysFromToday(due) < 0),
        ...setError('invoice-amount', !(amount > 0)),
      ];
      const summary = get('form-errors');
      if (invalid.length) {
        summary.innerHTML = html`<p><strong>Please fix ${invalid.length} ${invalid.length === 1 ? 'field' : 'fields'}:</strong></p>
          <ul>${invalid.map((id) => raw(html`<li><a href="#${id}" data-native>${get(`${id}-error`).textContent}</a></li>`))}</ul>`;
        summary.hidden = false;
        summary.focus();
        return;
      }
      summary.hidden = true;
      const invoice = {
        number: nextInvoiceNumber(),
        customerId: get('invoice-customer').value,
        issued: new Date().toISOString().slice(0, 10),
        due,
        status: intent,
        currency: get('invoice-currency').value,
        taxRate: taxRateFor(),
        items: [
          {
            description: get('invoice-description').value.trim() || 'Professional services',
            qty: 1,
            price: amount,
          },
        ],
      };
      addInvoice(invoice);
      // The onboarding checklist's "Create your first invoice" item completes on this event.
      pathlight('track', 'invoice:created', { status: intent, currency: invoice.currency });
      toast(
        intent === 'draft' ? `${invoice.number} saved as a draft.` : `${invoice.number} created and sent.`,
      );
      navigate(`/invoices/${invoice.number}`);
    };
    const onSummaryClick = (event) => {
      const link = event.target.closest('a[href^="#"]');
      if (!link) return;
      event.preventDefault();
      get(link.getAttribute('href').slice(1))?.focus();
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('input', updatePreview);
    get('invoice-customer').addEventListener('change', onCustomer);
    get('form-errors').addEventListener('click', onSummaryClick);
    return () => {
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('input', updatePreview);
      get('invoice-customer').removeEventListener('change', onCustomer);
      get('form-errors').removeEventListener('click', onSummaryClick);
    };
  },
};

// ---------------------------------------------------------------------------------------------

function customerRows() {
  return customers
    .map((customer) => {
      const theirs = invoices.filter((i) => i.customerId === customer.id);
      const openBalance = theirs
        .filter((i) => i.status === 'sent' || i.status === 'overdue')
        .reduce((s, i) => s + inUsd(i), 0);
      const initials = customer.name
        .split(/\s+/)
        .slice(0, 2)
        .map((w) => w[0])
        .join('');
      return html`
        <tr>
          <td data-label="Customer">
            <span class="cell-person">
              <span class="avatar avatar-soft" aria-hidden="true">${initials}</span>
              <span><strong>${customer.name}</strong><span class="muted small block">${customer.contact}</span></span>
            </span>
          </td>
          <td data-label="Email">${customer.email}</td>
          <td data-label="Country">${customer.country}</td>
          <td data-label="Invoices" class="num">${theirs.length}</td>
          <td data-label="Open balance" class="num">${openBalance ? money(openBalance) : '—'}</td>
        </tr>`;
    })
    .join('');
}

const customerPage = {
  title: 'Customers',
  nav: '/customers',
  render() {
    return html`
      ${raw(
        pageHead({
          title: 'Customers',
          lead: 'The people and companies you bill.',
          actions: html`<button class="button button-primary" type="button" id="add-customer-button">
            ${icon('plus')}Add customer</button>`,
        }),
      )}
      <section class="card card-flush">
        <div class="table-wrap">
          <table class="table table-stack">
            <caption class="visually-hidden">Customers</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th><th scope="col">Email</th><th scope="col">Country</th>
                <th scope="col" class="num">Invoices</th><th scope="col" class="num">Open balance</th>
              </tr>
            </thead>
            <tbody id="customer-rows">${raw(customerRows())}</tbody>
          </table>
        </div>
      </section>

      <dialog class="dialog" id="customer-dialog" aria-labelledby="customer-dialog-title">
        <form class="form" id="customer-form" method="dialog">
          <div class="dialog-head">
            <h2 id="customer-dialog-title">Add customer</h2>
            <button class="icon-button" type="button" data-close aria-label="Close">${icon('close')}</button>
          </div>
          <div class="field">
            <label class="label" for="customer-name">Company or person</label>
            <input class="input" id="customer-name" name="name" required autocomplete="organization" />
          </div>
          <div class="field">
            <label class="label" for="customer-email">Billing email</label>
            <input class="input" id="customer-email" name="email" type="email" required autocomplete="email" />
          </div>
          <div class="field">
            <label class="label" for="customer-country">Country</label>
            <select class="input" id="customer-country" name="country">
              <option>United States</option><option>Poland</option><option>Germany</option><option>Lithuania</option>
              <option>Romania</option><option>Vietnam</option><option>Other</option>
            </select>
          </div>
          <div class="form-actions">
            <button class="button button-ghost" type="button" data-close>Cancel</button>
            <button class="button button-primary" type="submit">Add customer</button>
          </div>
        </form>
      </dialog>`;
  },
  mount(main) {
    const dialog = main.querySelector('#customer-dialog');
    const form = main.querySelector('#customer-form');
    const onClick = (event) => {
      if (event.target.closest('#add-customer-button')) {
        form.reset();
        dialog.showModal();
      }
      if (event.target.closest('[data-close]')) dialog.close();
    };
    const onSubmit = (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      const data = new FormData(form);
      addCustomer({
        id: `cus_${Date.now().toString(36)}`,
        name: String(data.get('name')).trim(),
        contact: '',
        email: String(data.get('email')).trim(),
        country: String(data.get('country')),
        taxId: '',
      });
      dialog.close();
      main.querySelector('#customer-rows').innerHTML = customerRows();
      pathlight('track', 'customer:created');
      toast('Customer added.');
    };
    main.addEventListener('click', onClick);
    form.addEventListener('submit', onSubmit);
    return () => {
      main.removeEventListener('click', onClick);
      form.removeEventListener('submit', onSubmit);
      if (dialog.open) dialog.close();
    };
  },
};

// ---------------------------------------------------------------------------------------------

function revenueByCustomer() {
  return customers
    .map((customer) => {
      const paid = invoices.filter((i) => i.customerId === customer.id && i.status === 'paid');
      return { customer, count: paid.length, amount: paid.reduce((s, i) => s + inUsd(i), 0) };
    })
    .filter((row) => row.count > 0)
    .sort((a, b) => b.amount - a.amount);
}

/** The months the Reports page's revenue chart can show, newest last: `[months, label]`. */
const REPORT_RANGES = [
  [6, 'Last 6 months'],
  [3, 'Last 3 months'],
  [1, 'This month'],
];
const trendChart = (months) => barChart(monthlyRevenue.slice(-months), 'Monthly revenue');

const reports = {
  title: 'Reports',
  nav: '/reports',
  render() {
    const rows = revenueByCustomer();
    const collected = rows.reduce((s, r) => s + r.amount, 0);
    const open = invoices.filter((i) => i.status === 'sent' || i.status === 'overdue');
    const buckets = [
      ['Current', open.filter((i) => daysFromToday(i.due) >= 0)],
      ['1–30 days', open.filter((i) => daysFromToday(i.due) < 0 && daysFromToday(i.due) >= -30)],
      ['31–60 days', open.filter((i) => daysFromToday(i.due) < -30 && daysFromToday(i.due) >= -60)],
      ['Over 60 days', open.filter((i) => daysFromToday(i.due) < -60)],
    ];
    const openTotal = open.reduce((s, i) => s + inUsd(i), 0) || 1;
    return html`
      ${raw(
        pageHead({
          title: 'Reports',
          lead: 'Cash collected, what is still owed, and who pays on time.',
          actions: html`
            <label class="visually-hidden" for="report-range">Monthly revenue for</label>
            <select class="input input-inline" id="report-range">
              ${REPORT_RANGES.map(([months, label]) => raw(html`<option value="${months}">${label}</option>`))}
            </select>
            <button class="button button-secondary" type="button" id="export-csv">${icon('download')}Export to CSV</button>`,
        }),
      )}
      <div class="stats-grid stats-3">
        ${raw(statCard({ label: 'Collected', value: money(collected), note: 'Paid invoices, converted to USD', iconName: 'trend', tone: 'tone-success' }))}
        ${raw(statCard({ label: 'Outstanding', value: money(openTotal), note: `${open.length} open invoices`, iconName: 'invoice', tone: 'tone-brand' }))}
        ${raw(statCard({ label: 'Days sales outstanding', value: '24', note: 'Industry median: 31', iconName: 'clock', tone: 'tone-warning' }))}
      </div>
      <div class="grid-2">
        <section class="card" aria-labelledby="trend-title">
          <div class="card-head"><h2 id="trend-title">Monthly revenue</h2><span class="muted small">USD</span></div>
          <div id="trend-chart">${raw(trendChart(REPORT_RANGES[0][0]))}</div>
        </section>
        <section class="card" aria-labelledby="aging-title">
          <div class="card-head"><h2 id="aging-title">Receivables aging</h2><span class="muted small">Open invoices</span></div>
          <ul class="aging">
            ${buckets.map(([label, list], index) =>
              raw(html`<li class="aging-row">
                <span class="aging-label">${label}</span>
                <span class="aging-track"><span class="aging-fill aging-${index}" data-bar="${Math.round((list.reduce((s, i) => s + inUsd(i), 0) / openTotal) * 100)}"></span></span>
                <span class="aging-value">${money(list.reduce((s, i) => s + inUsd(i), 0))}</span>
              </li>`),
            )}
          </ul>
        </section>
      </div>
      <section class="card card-flush" aria-labelledby="by-customer-title">
        <div class="card-head card-pad"><h2 id="by-customer-title">Revenue by customer</h2></div>
        <div class="table-wrap">
          <table class="table table-stack">
            <caption class="visually-hidden">Revenue by customer</caption>
            <thead><tr><th scope="col">Customer</th><th scope="col" class="num">Paid invoices</th><th scope="col" class="num">Revenue (USD)</th><th scope="col" class="num">Share</th></tr></thead>
            <tbody>
              ${rows.map((row) =>
                raw(html`<tr>
                  <td data-label="Customer">${row.customer.name}</td>
                  <td data-label="Paid invoices" class="num">${row.count}</td>
                  <td data-label="Revenue (USD)" class="num">${money(row.amount)}</td>
                  <td data-label="Share" class="num">${Math.round((row.amount / collected) * 100)}%</td>
                </tr>`),
              )}
            </tbody>
          </table>
        </div>
      </section>`;
  },
  mount(main) {
    applyBarHeights(main);
    const onExport = () => {
      const lines = [['Customer', 'Paid invoices', 'Revenue (USD)']];
      revenueByCustomer().forEach((row) => {
        lines.push([row.customer.name, row.count, row.amount.toFixed(2)]);
      });
      const csv = lines
        .map((line) => line.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(','))
        .join('\n');
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'ledgerly-revenue-by-customer.csv';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      pathlight('track', 'report:exported', { format: 'csv' });
      toast('Report exported as CSV.');
    };
    const onRange = (event) => {
      main.querySelector('#trend-chart').innerHTML = trendChart(Number(event.target.value));
      applyBarHeights(main);
    };
    const button = main.querySelector('#export-csv');
    const range = main.querySelector('#report-range');
    button.addEventListener('click', onExport);
    range.addEventListener('change', onRange);
    return () => {
      button.removeEventListener('click', onExport);
      range.removeEventListener('change', onRange);
    };
  },
};

// ---------------------------------------------------------------------------------------------

const LANGUAGES = [
  ['en', 'English'],
  ['pl', 'Polski'],
  ['ru', 'Русский'],
  ['lt', 'Lietuvių'],
  ['vi', 'Tiếng Việt'],
  ['ro', 'Română'],
];

function teamRows() {
  return team
    .map(
      (member) => html`<li class="member">
        <span class="avatar avatar-soft" aria-hidden="true">${member.initials}</span>
        <span class="member-text"><strong>${member.name}</strong><span class="muted small block">${member.email}</span></span>
        <span class="badge badge-neutral">${member.role}</span>
      </li>`,
    )
    .join('');
}

function readSetting(key, fallback) {
  try {
    return localStorage.getItem(key) ?? fallback;
  } catch {
    return fallback;
  }
}

function writeSetting(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the choice lasts until reload.
  }
}

const settings = {
  title: 'Settings',
  nav: '/settings',
  render() {
    const language = readSetting('ledgerly:language', 'en');
    const dark = document.documentElement.getAttribute('data-theme') === 'dark';
    const stripe = readSetting('ledgerly:stripe', '') === 'connected';
    const chat = readSetting('ledgerly:chat', 'form');
    const hours = readSetting('ledgerly:hours', 'open');
    return html`
      ${raw(pageHead({ title: 'Settings', lead: 'Your profile, your team and how Ledgerly bills you.' }))}
      <div class="settings-layout">
        <nav class="settings-nav" aria-label="Settings sections">
          <a href="/settings#profile">Profile</a>
          <a href="/settings#preferences">Preferences</a>
          <a href="/settings#team">Team</a>
          <a href="/settings#billing">Billing</a>
        </nav>
        <div class="settings-sections">
          <section class="card" id="profile" aria-labelledby="profile-title">
            <h2 id="profile-title" class="card-title">Profile</h2>
            <form class="form" id="profile-form">
              <div class="field-row">
                <div class="field">
                  <label class="label" for="profile-name">Full name</label>
                  <input class="input" id="profile-name" value="Maya Chen" autocomplete="name" />
                </div>
                <div class="field">
                  <label class="label" for="profile-email">Email</label>
                  <input class="input" id="profile-email" type="email" value="maya@maplefinch.example" autocomplete="email" />
                </div>
              </div>
              <div class="field-row">
                <div class="field">
                  <label class="label" for="profile-company">Company name</label>
                  <input class="input" id="profile-company" value="${company.name}" autocomplete="organization" />
                </div>
                <div class="field">
                  <label class="label" for="profile-tax-id">Company tax ID</label>
                  <input class="input" id="profile-tax-id" value="${company.taxId}" />
                </div>
              </div>
              <div class="form-actions"><button class="button button-primary" type="submit">Save profile</button></div>
            </form>
          </section>

          <section class="card" id="preferences" aria-labelledby="preferences-title">
            <h2 id="preferences-title" class="card-title">Preferences</h2>
            <div class="setting-row">
              <div class="setting-text">
                <label class="label" for="demo-language">Help center language</label>
                <p class="field-hint" id="demo-language-hint">Articles and the help panel switch to this language.</p>
              </div>
              <select class="input input-inline" id="demo-language" aria-describedby="demo-language-hint">
                ${LANGUAGES.map(([value, label]) =>
                  raw(
                    html`<option value="${value}" lang="${value}" ${raw(value === language ? 'selected' : '')}>${label}</option>`,
                  ),
                )}
              </select>
            </div>
            <div class="setting-row">
              <div class="setting-text">
                <label class="label" for="demo-chat">Support chat</label>
                <p class="field-hint" id="demo-chat-hint">How “Contact us” in the help panel reaches the team. The page reloads.</p>
              </div>
              <select class="input input-inline" id="demo-chat" aria-describedby="demo-chat-hint">
                <option value="form" ${raw(chat === 'demo' ? '' : 'selected')}>Contact form (no chat)</option>
                <option value="demo" ${raw(chat === 'demo' ? 'selected' : '')}>Live chat (demo)</option>
              </select>
            </div>
            <div class="setting-row">
              <div class="setting-text">
                <label class="label" for="demo-hours">Team availability</label>
                <p class="field-hint" id="demo-hours-hint">Office hours the help panel shows; away, the chat becomes the form. The page reloads.</p>
              </div>
              <select class="input input-inline" id="demo-hours" aria-describedby="demo-hours-hint">
                <option value="open" ${raw(hours === 'away' ? '' : 'selected')}>Online now</option>
                <option value="away" ${raw(hours === 'away' ? 'selected' : '')}>Away today (a holiday)</option>
              </select>
            </div>
            <div class="setting-row">
              <div class="setting-text">
                <span class="label" id="dark-mode-label">Dark mode</span>
                <p class="field-hint" id="dark-mode-hint">Easier on the eyes after hours.</p>
              </div>
              <button class="switch" id="dark-mode-toggle" type="button" role="switch" aria-checked="${String(dark)}"
                aria-labelledby="dark-mode-label" aria-describedby="dark-mode-hint">
                <span class="switch-thumb"></span>
              </button>
            </div>
          </section>

          <section class="card" id="team" aria-labelledby="team-title">
            <div class="card-head"><h2 id="team-title">Team</h2><span class="muted small">3 of 5 seats used</span></div>
            <ul class="members" id="team-list">${raw(teamRows())}</ul>
            <form class="invite" id="invite-form" novalidate>
              <div class="field">
                <label class="label" for="invite-email">Invite by email</label>
                <input class="input" id="invite-email" type="email" placeholder="name@company.com" autocomplete="off" />
              </div>
              <div class="field">
                <label class="label" for="invite-role">Role</label>
                <select class="input" id="invite-role"><option>Member</option><option>Accountant</option><option>Admin</option></select>
              </div>
              <button class="button button-secondary" type="submit">${icon('send')}Send invite</button>
            </form>
          </section>

          <section class="card" id="billing" aria-labelledby="billing-title">
            <h2 id="billing-title" class="card-title">Billing</h2>
            <div class="plan">
              <div>
                <p class="plan-name">Pro <span class="badge badge-brand">Current plan</span></p>
                <p class="muted small">$29 per month · unlimited invoices · 5 seats · renews on the 1st</p>
              </div>
              <a class="button button-secondary" href="/settings#billing" data-plan-compare>Compare plans</a>
            </div>
            <div class="setting-row">
              <div class="setting-text">
                <span class="label">Payment method</span>
                <p class="field-hint">${icon('card', 'icon-small inline-icon')}Visa ending in 4242 · expires 08/28</p>
              </div>
              <button class="button button-ghost" type="button" data-update-card>Update card</button>
            </div>
            <div class="setting-row">
              <div class="setting-text">
                <span class="label">Accept card payments</span>
                <p class="field-hint">Connect Stripe so customers can pay invoices online.</p>
                ${raw(stripe ? '<p class="field-hint" id="stripe-connected">Card payments are on.</p>' : '')}
              </div>
              <button class="button ${stripe ? 'button-ghost' : 'button-primary'}" type="button" id="connect-stripe"
                ${raw(stripe ? 'disabled' : '')}>${stripe ? 'Stripe connected' : 'Connect Stripe'}</button>
            </div>
          </section>
        </div>
      </div>`;
  },
  mount(main) {
    const onChange = (event) => {
      if (event.target.id === 'demo-language') {
        const locale = event.target.value;
        writeSetting('ledgerly:language', locale);
        pathlight('setLocale', locale);
        toast(`Help center language: ${event.target.selectedOptions[0].textContent}.`);
      }
      // The widget reads how to reach a human at init: the page starts again with the new choice.
      if (event.target.id === 'demo-chat' || event.target.id === 'demo-hours') {
        writeSetting(
          event.target.id === 'demo-chat' ? 'ledgerly:chat' : 'ledgerly:hours',
          event.target.value,
        );
        location.reload();
      }
    };
    const onClick = (event) => {
      const toggle = event.target.closest('#dark-mode-toggle');
      if (toggle) {
        const dark = toggle.getAttribute('aria-checked') !== 'true';
        toggle.setAttribute('aria-checked', String(dark));
        document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
        writeSetting('ledgerly:theme', dark ? 'dark' : 'light');
      }
      if (event.target.closest('#connect-stripe')) {
        const button = event.target.closest('#connect-stripe');
        writeSetting('ledgerly:stripe', 'connected');
        button.textContent = 'Stripe connected';
        button.className = 'button button-ghost';
        button.disabled = true;
        // The element appearing is what ticks "Accept card payments" on the onboarding checklist.
        button.previousElementSibling.insertAdjacentHTML(
          'beforeend',
          '<p class="field-hint" id="stripe-connected">Card payments are on.</p>',
        );
        pathlight('track', 'payments:connected');
        toast('Stripe connected. Customers can now pay by card.');
      }
      if (event.target.closest('[data-update-card]'))
        toast('Card updates open Stripe in the real product.', 'info');
      if (event.target.closest('[data-plan-compare]')) {
        event.preventDefault();
        pathlight('showArticle', 'plans-pricing');
      }
    };
    const onSubmit = (event) => {
      event.preventDefault();
      if (event.target.id === 'profile-form') {
        pathlight('track', 'profile:saved');
        toast('Profile saved.');
      }
      if (event.target.id === 'invite-form') {
        const email = main.querySelector('#invite-email');
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.value.trim())) {
          email.setAttribute('aria-invalid', 'true');
          email.focus();
          toast('Enter a valid email address to invite.', 'error');
          return;
        }
        email.removeAttribute('aria-invalid');
        const address = email.value.trim();
        team.push({
          name: address.split('@')[0],
          email: address,
          role: `${main.querySelector('#invite-role').value} · invited`,
          initials: address.slice(0, 2).toUpperCase(),
        });
        main.querySelector('#team-list').innerHTML = teamRows();
        email.value = '';
        pathlight('track', 'team:invited');
        // "Invite a teammate" on the onboarding checklist completes through the API.
        pathlight('completeChecklistItem', 'getting-started', 'invite-team');
        toast(`Invitation sent to ${address}.`);
      }
    };
    main.addEventListener('change', onChange);
    main.addEventListener('click', onClick);
    main.addEventListener('submit', onSubmit);
    return () => {
      main.removeEventListener('change', onChange);
      main.removeEventListener('click', onClick);
      main.removeEventListener('submit', onSubmit);
    };
  },
};

// ---------------------------------------------------------------------------------------------

const notFound = {
  title: 'Page not found',
  nav: '',
  render({ what } = {}) {
    return html`
      <div class="empty-state">
        <span class="empty-icon">${icon('compass')}</span>
        <h1 class="page-title" tabindex="-1">${what ? `${what} was not found` : 'This page does not exist'}</h1>
        <p class="page-lead">It may have been moved or deleted. Try the dashboard, or ask the help center.</p>
        <div class="page-actions">
          <a class="button button-primary" href="/">Go to the dashboard</a>
          <button class="button button-secondary" type="button" data-open-help>${icon('help')}Search help</button>
        </div>
      </div>`;
  },
  mount(main) {
    const onClick = (event) => {
      if (event.target.closest('[data-open-help]')) pathlight('open', 'search');
    };
    main.addEventListener('click', onClick);
    return () => main.removeEventListener('click', onClick);
  },
};

/** Route table: first match wins. */
export const routes = [
  { pattern: /^\/$/, page: dashboard },
  { pattern: /^\/invoices\/?$/, page: invoiceList },
  { pattern: /^\/invoices\/new\/?$/, page: newInvoice },
  { pattern: /^\/invoices\/(?<number>INV-\d+)\/?$/i, page: invoiceDetail },
  { pattern: /^\/customers\/?$/, page: customerPage },
  { pattern: /^\/reports\/?$/, page: reports },
  { pattern: /^\/settings\/?$/, page: settings },
  { pattern: /^\/insights\/?$/, page: insightsPage },
];

export { notFound };

export function invoiceCount() {
  return invoices.filter((i) => i.status === 'sent' || i.status === 'overdue').length;
}
