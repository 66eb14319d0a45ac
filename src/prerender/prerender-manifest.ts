// The build prerenders the default view (performance on a page) from the data it publishes, and records a
// fingerprint of those data files in the page. In the browser the app compares the fingerprint with the files it
// fetches: the same files mean the markup is current and React hydrates it; different files (data/ replaced without
// a rebuild) mean the markup is stale and the app renders from the live files instead. Runs in the browser and, at
// build time, in Node (both have Web Crypto), so there is one definition of "the same files".
import { CONTRACT_FILES } from '../data/contract-files';

/** The id of the `<script type="application/json">` that carries the manifest (data, not code: CSP allows it). */
export const PRERENDER_MANIFEST_ID = 'scorecard-prerender';

/** Set on <html> by prerender-route.js before the body is parsed: does this address show the prerendered view? */
export const PRERENDER_ATTRIBUTE = 'data-prerender';

/** One contract file as the build saw it: its size and SHA-256, or null when the folder did not have it. */
export type FileFingerprint = { bytes: number; sha256: string } | null;
export type DataFingerprint = Record<string, FileFingerprint>;

export interface PrerenderManifest {
  /** The view the markup shows; only the default view is prerendered. */
  view: 'summary';
  files: DataFingerprint;
}

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
const bytesOf = (content: Uint8Array | string) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

/** True where SHA-256 is available: Node, and browsers on https or localhost (Web Crypto needs a secure context). */
export function canFingerprint(): boolean {
  return typeof globalThis.crypto?.subtle?.digest === 'function';
}

/** One file's size and SHA-256. */
export async function fingerprintFile(content: Uint8Array | string): Promise<NonNullable<FileFingerprint>> {
  const bytes = bytesOf(content);
  // digest() copies the bytes before it returns its promise (Web Crypto's "get a copy of the bytes"), so parsing
  // may transfer the buffer to the Web Worker straight after this call, without a copy of our own.
  const digest = crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return { bytes: bytes.byteLength, sha256: hex(await digest) };
}

export function sameFingerprint(a: DataFingerprint, b: DataFingerprint): boolean {
  return CONTRACT_FILES.every(({ name }) => {
    const left = a[name] ?? null;
    const right = b[name] ?? null;
    return left === null || right === null ? left === right : left.bytes === right.bytes && left.sha256 === right.sha256;
  });
}

/**
 * Whether a file's response already shows it differs from the build's, before its body has arrived: present where
 * the build had none, or absent (404) where it had one, or a Content-Length that is not the recorded size (only when
 * the body is not compressed, since Content-Length then counts compressed bytes). Lets a replaced data folder be
 * detected within one round trip even when its files are large.
 */
export function differsByHeaders(recorded: FileFingerprint | undefined, response: Response): boolean {
  if (recorded === undefined) return false;
  if (response.status === 404) return recorded !== null;
  if (!response.ok) return false;
  if (recorded === null) return !(response.headers.get('content-type') ?? '').includes('text/html');
  const encoding = response.headers.get('content-encoding');
  const length = response.headers.get('content-length');
  if (length === null || (encoding !== null && encoding !== 'identity')) return false;
  return Number(length) !== recorded.bytes;
}

/** The manifest embedded in the page, or null when the page was not prerendered (e.g. the development server). */
export function readPrerenderManifest(doc: Document): PrerenderManifest | null {
  const text = doc.getElementById(PRERENDER_MANIFEST_ID)?.textContent;
  if (!text) return null;
  try {
    const manifest = JSON.parse(text) as PrerenderManifest;
    return manifest && manifest.view === 'summary' && typeof manifest.files === 'object' ? manifest : null;
  } catch {
    return null;
  }
}

/** The manifest as page text: `<` escaped so the JSON can never close its script element. */
export function manifestScript(manifest: PrerenderManifest): string {
  const json = JSON.stringify(manifest).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PRERENDER_MANIFEST_ID}">${json}</script>`;
}
