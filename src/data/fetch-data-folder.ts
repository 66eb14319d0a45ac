import { READ_ORDER, type ContractFileName } from './contract-files';
import type { ContractFileContents } from './load-dataset';
import type { Problem } from '../domain/types';

export interface FetchedFolder {
  files: ContractFileContents;
  problems: Problem[];
}

/** Called as each contract file settles, in whatever order they arrive: its bytes, or undefined if absent or failed. */
export type FileArrived = (name: ContractFileName, bytes: Uint8Array | undefined) => void;

/**
 * Fetches every contract file from `<baseUrl>data/`, handing each to `onFile` as it arrives, and resolves to the
 * problems of fetching them. A 404, or an HTML page where a CSV was asked for (static servers often answer a missing
 * file with index.html), means the file is absent. Any other failure is reported as a problem for that file, so one
 * broken file never hides the rest.
 */
export async function fetchEachFile(baseUrl: string, fetchFile: typeof fetch, onFile: FileArrived): Promise<Problem[]> {
  const failures = await Promise.all(
    // Asked for in the order they are read, so the small files read first are not queued behind the value files.
    READ_ORDER.map(async ({ name }): Promise<Problem[]> => {
      const result = await fetchOne(new URL(`data/${name}`, baseUrl), fetchFile);
      onFile(name, result.kind === 'bytes' ? result.bytes : undefined);
      return result.kind === 'failed' ? [{ file: name, line: 0, column: '-', severity: 'error', message: result.reason }] : [];
    }),
  );
  return failures.flat();
}

/** Every contract file of `<baseUrl>data/` at once, with the problems of fetching them (see fetchEachFile). */
export async function fetchDataFolder(baseUrl: string, fetchFile: typeof fetch = fetch): Promise<FetchedFolder> {
  const files: ContractFileContents = {};
  const problems = await fetchEachFile(baseUrl, fetchFile, (name, bytes) => {
    if (bytes) files[name] = bytes;
  });
  return { files, problems };
}

type FetchResult = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'absent' } | { kind: 'failed'; reason: string };

async function fetchOne(url: URL, fetchFile: typeof fetch): Promise<FetchResult> {
  const lost = (error: unknown): FetchResult => ({
    kind: 'failed',
    reason: `could not be fetched (${(error as Error).message}); check the connection and reload`,
  });
  let response: Response;
  try {
    // `no-cache` revalidates, so a newly published quarter shows without a hard refresh.
    response = await fetchFile(url, { cache: 'no-cache' });
  } catch (error) {
    return lost(error);
  }
  if (response.status === 404) return { kind: 'absent' };
  if (!response.ok) {
    return { kind: 'failed', reason: `could not be fetched: the server answered ${response.status} ${response.statusText}`.trim() };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    // The download broke off part way: this file is lost, the others still count.
    return lost(error);
  }
  const contentType = response.headers.get('content-type') ?? '';
  return contentType.includes('text/html') || looksLikeHtml(bytes) ? { kind: 'absent' } : { kind: 'bytes', bytes };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}
