import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite 8 transforms with oxc (an `esbuild` key here only earns a "both were set" warning).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __PATHLIGHT_VERSION__: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        settings: {
          // A video embed is a third-party iframe: with loading disabled happy-dom logs a stack trace per
          // frame. Let the frame attach but never navigate (it keeps its URL, fetches nothing, fires `load`).
          enableIframePageLoading: true,
          navigation: { disableChildFrameNavigation: true },
        },
      },
    },
    restoreMocks: true,
    setupFiles: ['tests/unit/setup/timeouts.ts'],
    // Under load a test's first lazy chunk alone can take seconds to compile.
    testTimeout: 20_000,
  },
});
