import { loadDataFolder, type FetchProblems } from '../data/dataset-query';
import type { Dataset } from '../domain/types';
import { CONTRACT_FILES } from '../data/contract-files';
import { canFingerprint, fingerprintFile, type DataFingerprint, type FileFingerprint } from './prerender-manifest';

export interface PublishedData {
  fetched: FetchProblems;
  /** Null where the page has no Web Crypto (plain http on a host other than localhost): the files cannot be checked. */
  fingerprint: DataFingerprint | null;
  /** The Dataset of the same files, already being parsed (in the Web Worker, in the browser). */
  dataset: () => Promise<Dataset>;
}

/**
 * The published data folder as the app loads it (loadDataFolder, as `datasetQueryOptions`' query does), plus its
 * fingerprint. The build runs this with a fetch that reads the folder from disk and the browser with its own fetch,
 * so the prerendered markup and the hydrated page are rendered from the same Dataset. In the browser the worker,
 * started before the downloads, reads each file while the rest download and are fingerprinted.
 */
export async function loadPublishedData(baseUrl: string, fetchFile: typeof fetch = fetch): Promise<PublishedData> {
  const fingerprinting = canFingerprint();
  const digests = new Map<string, Promise<FileFingerprint>>();
  const load = loadDataFolder(baseUrl, {
    fetchFile,
    // Before the bytes go to the worker, which detaches them (digest copies what it is given at once).
    onFile: (name, bytes) => {
      if (fingerprinting) digests.set(name, bytes === undefined ? Promise.resolve(null) : fingerprintFile(bytes));
    },
  });
  // Awaited by whoever asks for it; meanwhile a failure is not an unhandled rejection.
  load.dataset.catch(() => undefined);
  const fetched = await load.fetched;
  const fingerprint = fingerprinting ? Object.fromEntries(await Promise.all(CONTRACT_FILES.map(async ({ name }) => [name, await digests.get(name)!] as const))) : null;
  return { fetched, fingerprint, dataset: () => load.dataset };
}
