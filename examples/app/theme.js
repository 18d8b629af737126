/*
 * Applies the saved colour theme before the first paint, so dark mode does not flash white.
 * A classic (blocking) script on purpose; the rest of the app is a deferred module.
 */
(() => {
  let theme = null;
  try {
    theme = localStorage.getItem('ledgerly:theme');
  } catch {
    // Storage blocked: follow the system.
  }
  if (theme !== 'dark' && theme !== 'light') {
    theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-theme', theme);
})();
