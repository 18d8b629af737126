// `npm start`: build the widget, bundle the ESM example, serve the demo and print its URL.
import { execSync } from 'node:child_process';
import { buildEsmExample } from './esm-example.mjs';
import { serve } from './serve.mjs';

execSync('npm run build --silent', { stdio: 'inherit' });
await buildEsmExample();

const wanted = Number(process.env.PORT ?? 5173);
let server;
for (let port = wanted; port < wanted + 20 && !server; port++) {
  try {
    server = await serve({ port, host: process.env.HOST ?? '127.0.0.1', log: console.log });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
if (!server) throw new Error(`No free port from ${wanted}`);
console.log(`\nPathlight demo: ${server.url}/`);
console.log(`  plain script tag: ${server.url}/plain.html`);
console.log(`  ESM usage:        ${server.url}/esm.html`);
console.log(
  `  contact endpoint: ${server.url}/api/contact (messages sent with the contact form are printed here)`,
);
console.log('Press Ctrl+C to stop.');
