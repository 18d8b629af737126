// The first lazy chunk a test file imports compiles on demand: on a busy 2-core machine that takes more than
// @testing-library's default 1 s wait, which made tests fail on load alone. Waits get 10 s (they end as soon
// as what they wait for is there, so passing tests are no slower).
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 10_000 });
}

export {};
