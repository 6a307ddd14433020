/**
 * Shareable links that carry the model
 * ====================================
 *
 * The model's JSON, deflated with the browser's own CompressionStream and written in base64url, goes
 * in the URL's hash: `…/#model=<data>`. The hash never reaches a server, so a link works from any
 * static host and shares nothing beyond the person it is sent to. Opening one validates it like any
 * file, so a damaged link gets the same readable message.
 */
import { type Model, parseModelText, type ValidationResult } from '@chokepoint/core';

export const HASH_KEY = 'model';
/** Links longer than this are refused with advice to share a file: chat apps and mail cut them. */
export const MAX_LINK_CHARS = 64 * 1024;

export async function encodeModel(model: Model): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(model));
  const deflated = await pipe(bytes, new CompressionStream('deflate-raw'));
  return toBase64Url(deflated);
}

export async function decodeModel(data: string): Promise<ValidationResult> {
  let text: string;
  try {
    const inflated = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'));
    text = new TextDecoder().decode(inflated);
  } catch {
    return {
      ok: false,
      issues: [
        { path: [], message: 'the link is damaged: its model data cannot be unpacked (was it cut short?)' },
      ],
    };
  }
  return parseModelText(text);
}

/** The link for `model` on the page at `base` (the current address without its hash). */
export async function shareLink(
  model: Model,
  base: string,
): Promise<{ ok: true; url: string } | { ok: false; reason: string }> {
  const data = await encodeModel(model);
  const url = `${base.split('#')[0]}#${HASH_KEY}=${data}`;
  if (url.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      reason: `this model makes a ${Math.round(url.length / 1024)} KB link, too long to share safely (limit ${MAX_LINK_CHARS / 1024} KB); save it as a file instead`,
    };
  }
  return { ok: true, url };
}

/** The model data in a location hash, or null when the hash carries none. */
export function modelDataInHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(HASH_KEY);
}

async function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source
    .pipeThrough(transform as unknown as TransformStream<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): Uint8Array {
  const b64 = data.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
