// A small static server for the demo and the browser tests: examples/ at the root, the built
// bundles (dist/) beside it, an SPA fallback to index.html, and optional extra headers (CSP).
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { ESM_BUILD_DIR } from './esm-example.mjs';
import { createInbox } from './inbox.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every server also answers the contact form's local endpoint, `/api/contact` (scripts/inbox.mjs): `inbox` is
 * what it received; `log` prints each message (`npm start` passes console.log).
 * @param {{ port?: number, host?: string, dirs?: string[], headers?: Record<string, string>, spa?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, inbox: ReturnType<typeof createInbox> }>}
 */
export async function serve(options = {}) {
  const { port = 0, host = '127.0.0.1', headers = {}, spa = true } = options;
  const inbox = createInbox({ log: options.log });
  const dirs = (options.dirs ?? ['examples', 'dist', ESM_BUILD_DIR]).map((d) => join(root, d));
  const handlers = dirs.map((dir) => sirv(dir, { dev: true, etag: true, dotfiles: false }));
  const index = spa ? sirv(dirs[0], { dev: true, single: true }) : undefined;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    let i = 0;
    const next = () => {
      const handler = handlers[i++];
      if (handler) return handler(req, res, next);
      // Paths that look like files 404; routes fall back to the app (deep links work).
      if (index && !/\.[a-z0-9]+$/i.test(new URL(req.url ?? '/', 'http://x').pathname))
        return index(req, res);
      res.statusCode = 404;
      res.end('Not found');
    };
    inbox.handle(req, res).then(
      (handled) => handled || next(),
      (error) => {
        res.statusCode = 500;
        res.end(String(error));
      },
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
    port: actualPort,
    inbox,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}
