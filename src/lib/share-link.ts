// Share links: the assessment, compressed, in the URL fragment after "#share=". Browsers never
// send the fragment to a server, so the answers travel only with the link itself.
import type { Assessment } from './model.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES } from './export-file.ts';
import { parseUntrustedJson } from './safe-json.ts';
import { SHARE_PREFIX } from './share-prefix.ts';

export { SHARE_PREFIX };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * Runs bytes through a (de)compression stream. A crafted link can inflate to gigabytes, so
 * reading stops with an error once the output passes the same limit as an imported file.
 */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.length;
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw new RangeError('share link too large');
    }
    chunks.push(part.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The fragment that carries an assessment, e.g. "#share=…". */
export async function encodeShare(assessment: Assessment): Promise<string> {
  const json = JSON.stringify({ format: EXPORT_FORMAT, formatVersion: EXPORT_VERSION, assessment });
  return SHARE_PREFIX + toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** What a share fragment holds: its parsed contents, or why it cannot be read. */
export type DecodedShare = { ok: true; data: unknown } | { ok: false; problem: 'damaged' | 'too-large' };

/** Decodes a share fragment; a link that inflates past the import limit is too large, anything else unreadable is damaged. */
export async function decodeShare(hash: string): Promise<DecodedShare> {
  if (!hash.startsWith(SHARE_PREFIX)) return { ok: false, problem: 'damaged' };
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'));
    return { ok: true, data: parseUntrustedJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    return { ok: false, problem: error instanceof RangeError ? 'too-large' : 'damaged' };
  }
}
