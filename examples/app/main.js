/**
 * Ledgerly's shell: a History-API router (pushState, intercepted links, popstate), the collapsible
 * navigation, the account menu, the Help center button and the Pathlight event log.
 */
import { mountConsent } from './consent.js';
import { mountEventLog } from './event-log.js';
import { invoiceCount, notFound, routes } from './pages.js';
import { pathlight, toast } from './ui.js';

const main = document.getElementById('main');
const shell = document.getElementById('shell');
let teardownPage = () => {};
let firstRender = true;

function match(path) {
  for (const route of routes) {
    const found = route.pattern.exec(path);
    if (found) return { page: route.page, params: found.groups ?? {} };
  }
  return { page: notFound, params: {} };
}

function render() {
  // `/index.html` is the same page as `/`: keep the address tidy.
  if (location.pathname === '/index.html')
    history.replaceState(history.state, '', `/${location.search}${location.hash}`);
  const { page, params } = match(location.pathname);
  teardownPage();
  main.innerHTML = page.render(params);
  teardownPage = page.mount?.(main, params, { navigate }) ?? (() => {});

  const title = typeof page.title === 'function' ? page.title(params) : page.title;
  document.title = `${title} · Ledgerly`;
  document.getElementById('topbar-title').textContent = title;
  document.querySelectorAll('[data-nav]').forEach((link) => {
    if (link.dataset.nav === page.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  const count = invoiceCount();
  document.getElementById('nav-count-invoices').textContent = count ? String(count) : '';

  const anchor = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (anchor) {
    anchor.scrollIntoView();
  } else if (!firstRender) {
    window.scrollTo(0, 0);
  }
  // After a client-side navigation, move focus to the new page's heading, as a page load would.
  if (!firstRender) main.querySelector('h1')?.focus({ preventScroll: Boolean(anchor) });
  firstRender = false;
}

export function navigate(url, { replace = false } = {}) {
  const target = new URL(url, location.href);
  const samePage = target.pathname === location.pathname && target.search === location.search;
  if (replace) history.replaceState({}, '', target);
  else history.pushState({}, '', target);
  closeNav();
  if (samePage && target.hash) {
    document.getElementById(decodeURIComponent(target.hash.slice(1)))?.scrollIntoView({ behavior: 'smooth' });
    return;
  }
  render();
}

/** Same-origin, plain left clicks on in-app links become pushState navigations. */
function onLinkClick(event) {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return;
  }
  const link = event.target.closest?.('a[href]');
  if (!link || link.target || link.hasAttribute('download') || link.hasAttribute('data-native')) return;
  const url = new URL(link.href, location.href);
  // Files (feeds, the other demo pages, the widget's bundle) load normally.
  if (url.origin !== location.origin || /\.[a-z0-9]+$/i.test(url.pathname)) return;
  event.preventDefault();
  navigate(url.href);
}

// --- Navigation drawer (below 1024 px) -------------------------------------------------------------

const navToggle = document.getElementById('nav-toggle');
const backdrop = document.getElementById('nav-backdrop');

function openNav() {
  shell.classList.add('nav-open');
  backdrop.hidden = false;
  navToggle.setAttribute('aria-expanded', 'true');
  document.querySelector('#sidebar .nav-link')?.focus();
}

function closeNav({ restoreFocus = false } = {}) {
  if (!shell.classList.contains('nav-open')) return;
  shell.classList.remove('nav-open');
  backdrop.hidden = true;
  navToggle.setAttribute('aria-expanded', 'false');
  if (restoreFocus) navToggle.focus();
}

// --- Account menu -----------------------------------------------------------------------------

const menuButton = document.getElementById('user-menu-button');
const menu = document.getElementById('user-menu');
const menuItems = () => [...menu.querySelectorAll('[role="menuitem"]')];

function openMenu(focusLast = false) {
  menu.hidden = false;
  menuButton.setAttribute('aria-expanded', 'true');
  const items = menuItems();
  (focusLast ? items.at(-1) : items[0])?.focus();
}

function closeMenu({ restoreFocus = true } = {}) {
  if (menu.hidden) return;
  menu.hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
  if (restoreFocus) menuButton.focus();
}

function onMenuKeydown(event) {
  const items = menuItems();
  const index = items.indexOf(document.activeElement);
  const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
  if (event.key in moves) {
    event.preventDefault();
    items[(moves[event.key] + items.length) % items.length].focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    closeMenu();
  } else if (event.key === 'Tab') {
    closeMenu({ restoreFocus: false });
  }
}

function onMenuAction(event) {
  const item = event.target.closest('[role="menuitem"]');
  if (!item) return;
  closeMenu({ restoreFocus: false });
  const action = item.dataset.action;
  if (action === 'start-tour') pathlight('startTour', 'welcome');
  if (action === 'open-checklist') pathlight('open', 'checklist');
  if (action === 'sign-out') {
    pathlight('reset');
    toast('Signed out of the demo. Pathlight forgot this user’s progress.', 'info');
  }
}

// --- Wiring ------------------------------------------------------------------------------------

function start() {
  document.addEventListener('click', onLinkClick);
  window.addEventListener('popstate', render);
  window.addEventListener('ledgerly:rerender', render);

  navToggle.addEventListener('click', () =>
    shell.classList.contains('nav-open') ? closeNav({ restoreFocus: true }) : openNav(),
  );
  document.getElementById('nav-close').addEventListener('click', () => closeNav({ restoreFocus: true }));
  backdrop.addEventListener('click', () => closeNav({ restoreFocus: true }));
  // Leaving the phone layout with the drawer open must not leave a backdrop behind.
  window.matchMedia('(min-width: 1024px)').addEventListener('change', (event) => {
    if (event.matches) closeNav();
  });

  menuButton.addEventListener('click', () => (menu.hidden ? openMenu() : closeMenu()));
  menuButton.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowUp');
    }
  });
  menu.addEventListener('keydown', onMenuKeydown);
  menu.addEventListener('click', onMenuAction);
  document.addEventListener('pointerdown', (event) => {
    if (!menu.hidden && !event.target.closest('.menu')) closeMenu({ restoreFocus: false });
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shell.classList.contains('nav-open')) closeNav({ restoreFocus: true });
  });

  document.getElementById('open-help').addEventListener('click', () => pathlight('open'));
  document
    .getElementById('notifications-button')
    .addEventListener('click', () =>
      toast('2 unread: INV-1040 is overdue · Bluebird Studio viewed INV-1042.', 'info'),
    );

  // Labels carry data-pathlight-article: Pathlight draws its own "?" beside them, in its layer.

  mountEventLog();
  mountConsent();
  render();
}

start();
