import type { HandoffContext } from '../types';

/** What the endpoint receives as JSON (and as the `payload` part of a multipart request). */
export interface ContactMessage {
  /** The same on every retry, also in the `Idempotency-Key` header: the endpoint stores a key once. */
  idempotencyKey: string;
  name: string;
  email: string;
  message: string;
  context: HandoffContext;
  /** When the user pressed Send (ISO 8601). */
  createdAt: string;
  /** Names of the attached files, in the order of the multipart `attachment` parts. */
  attachments: { name: string; type: string; size: number }[];
}

/** A file as it is sent: kept as a Blob (IndexedDB stores Blobs), named. */
export interface OutgoingFile {
  name: string;
  type: string;
  blob: Blob;
}

/** A message on its way: in the outbox until the endpoint accepts or refuses it. */
export interface Outgoing {
  key: string;
  endpoint: string;
  message: ContactMessage;
  files: OutgoingFile[];
  /** Attempts made so far, across reloads. */
  attempts: number;
  /** When it was queued (ms since the epoch). */
  queuedAt: number;
}

/** Bytes an outgoing message takes in the outbox: its files and, roughly, its JSON. */
export const sizeOf = (item: Outgoing): number =>
  item.files.reduce((sum, file) => sum + file.blob.size, JSON.stringify(item.message).length);

/** A random idempotency key (UUID v4 where `crypto.randomUUID` exists: it needs a secure context). */
export function newKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
