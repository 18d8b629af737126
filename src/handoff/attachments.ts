import type { HandoffConfig } from '../types';

/** What the form accepts when `handoff.attachments` does not say. */
export const ATTACHMENT_DEFAULTS = {
  maxBytes: 10 * 1024 * 1024,
  types: ['image/*', 'video/*', 'application/pdf', 'text/plain'],
  maxFiles: 5,
};
export type AttachmentLimits = typeof ATTACHMENT_DEFAULTS;

/** An attached file, a screenshot or a recording, in memory only until the message is sent or queued. */
export interface Attachment {
  id: number;
  name: string;
  type: string;
  blob: Blob;
  /** A small `data:` image for image files (a `blob:` URL would need `img-src blob:` from the host's CSP). */
  thumb?: string;
}

/** Why a file was not attached; the form words it. */
export type Refusal = { why: 'size' | 'type'; name: string } | { why: 'count' };

/** The limits in force, or undefined when attachments are off; unusable values fall back to the defaults. */
export function attachmentLimits(config: HandoffConfig | undefined): AttachmentLimits | undefined {
  const given = config?.attachments;
  if (given === false) return undefined;
  const positive = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
  return {
    maxBytes: positive(given?.maxBytes, ATTACHMENT_DEFAULTS.maxBytes),
    types:
      Array.isArray(given?.types) && given.types.every((t) => typeof t === 'string')
        ? given.types
        : ATTACHMENT_DEFAULTS.types,
    maxFiles: Math.floor(positive(given?.maxFiles, ATTACHMENT_DEFAULTS.maxFiles)),
  };
}

/**
 * Whether `file` is of one of `types`: MIME types (`image/png`), wildcards (`image/*`) or extensions (`.log`),
 * as the `accept` attribute reads them.
 */
export function acceptsType(types: readonly string[], file: { name: string; type: string }): boolean {
  const mime = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return types.some((raw) => {
    const type = raw.trim().toLowerCase();
    if (type.startsWith('.')) return name.endsWith(type);
    if (type.endsWith('/*')) return mime.startsWith(type.slice(0, -1));
    return mime === type;
  });
}

/**
 * Splits `files` into those that fit the limits (given how many are attached already) and the refusals,
 * in order.
 * @example check(limits, 4, [bigPng, pdf]) // { fits: [pdf], refused: [{ why: 'size', name: 'big.png' }] }
 */
export function check(
  limits: AttachmentLimits,
  attached: number,
  files: readonly { name: string; type: string; size: number }[],
): { fits: number[]; refused: Refusal[] } {
  const fits: number[] = [];
  const refused: Refusal[] = [];
  files.forEach((file, index) => {
    if (!acceptsType(limits.types, file)) refused.push({ why: 'type', name: file.name });
    else if (file.size > limits.maxBytes) refused.push({ why: 'size', name: file.name });
    else if (attached + fits.length >= limits.maxFiles) {
      if (!refused.some((r) => r.why === 'count')) refused.push({ why: 'count' });
    } else fits.push(index);
  });
  return { fits, refused };
}

const THUMB_PX = 96;

/** A small square-ish JPEG of an image, as a `data:` URL; undefined when the browser cannot decode it. */
export async function thumbnail(blob: Blob): Promise<string | undefined> {
  if (!blob.type.startsWith('image/') || typeof createImageBitmap !== 'function') return undefined;
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, (THUMB_PX * 2) / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return canvas.toDataURL('image/jpeg', 0.8);
  } catch {
    return undefined;
  }
}
