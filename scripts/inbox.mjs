// The contact form's local endpoint for the demo and the browser tests: POST /api/contact takes a message as
// JSON or multipart (a `payload` part and `attachment` parts), stores it once per Idempotency-Key, and can be
// told to fail the next requests; GET /api/contact lists what arrived (the demo's Inbox drawer reads it).
import { Readable } from 'node:stream';

export const INBOX_PATH = '/api/contact';
/** Larger bodies are refused (413) before they are read whole. */
const MAX_BODY = 60 * 1024 * 1024;

/**
 * @param {{ log?: (line: string) => void }} [options]
 */
export function createInbox(options = {}) {
  const { log } = options;
  /** @type {Map<string, object>} idempotency key → the stored message */
  const messages = new Map();
  /** Every POST, in order: its key and the status it got. */
  const requests = [];
  let failures = [];

  const send = (res, status, body) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(body));
    return true;
  };

  async function read(req) {
    const type = String(req.headers['content-type'] ?? '');
    const request = new Request('http://inbox.local/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: Readable.toWeb(req),
      duplex: 'half',
    });
    if (type.startsWith('multipart/form-data')) {
      const form = await request.formData();
      const payload = form.get('payload');
      const message = JSON.parse(typeof payload === 'string' ? payload : await payload.text());
      const files = form
        .getAll('attachment')
        .map((file) => ({ name: file.name, type: file.type, size: file.size }));
      return { message, files };
    }
    return { message: await request.json(), files: [] };
  }

  return {
    messages,
    requests,
    /** The next `count` POSTs answer `status` (or are dropped without an answer for 'drop'). */
    failNext(count, status = 503) {
      failures = Array.from({ length: count }, () => status);
    },
    reset() {
      messages.clear();
      requests.length = 0;
      failures = [];
    },
    /** Handles the inbox's routes; returns false for any other URL. */
    async handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path !== INBOX_PATH) return false;
      if (req.method === 'GET') {
        send(res, 200, [...messages.values()].reverse());
        return true;
      }
      if (req.method !== 'POST') {
        send(res, 405, { error: 'POST a message, or GET the inbox' });
        return true;
      }
      const key = String(req.headers['idempotency-key'] ?? '');
      const failure = failures.shift();
      requests.push({ key, status: failure ?? 0 });
      const entry = requests[requests.length - 1];
      if (failure !== undefined) {
        log?.(`inbox: failing a request on purpose (HTTP ${failure}) for ${key}`);
        req.resume();
        return send(res, failure, { error: 'failing on purpose' });
      }
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
        entry.status = 413;
        req.resume();
        return send(res, 413, { error: 'too large' });
      }
      let body;
      try {
        body = await read(req);
      } catch (error) {
        entry.status = 400;
        return send(res, 400, { error: `unreadable body: ${error.message}` });
      }
      if (!key || body.message?.idempotencyKey !== key) {
        entry.status = 400;
        return send(res, 400, { error: 'Idempotency-Key header and body idempotencyKey must match' });
      }
      const known = messages.get(key);
      if (known) {
        known.duplicates += 1;
        entry.status = 200;
        log?.(`inbox: ${key} again (already stored; not stored twice)`);
        return send(res, 200, { id: key, duplicate: true });
      }
      const { message, files } = body;
      messages.set(key, { ...message, files, receivedAt: new Date().toISOString(), duplicates: 0 });
      entry.status = 201;
      log?.(
        `inbox: message from ${message.name || '(no name)'} <${message.email}>: ${JSON.stringify(message.message)}` +
          `${files.length ? `, ${files.length} file(s): ${files.map((f) => `${f.name} (${f.size} B)`).join(', ')}` : ''}` +
          `\n  context: ${JSON.stringify(message.context)}`,
      );
      return send(res, 201, { id: key });
    },
  };
}
