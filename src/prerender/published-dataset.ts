import { fetchDataFolder, type FetchedFolder } from '../data/fetch-data-folder';
import { parseDataset } from '../data/parse-dataset';
import { sortProblems } from '../data/sort-problems';
import type { Dataset } from '../domain/types';
import { canFingerprint, fingerprintFiles, type DataFingerprint } from './prerender-manifest';

/**
 * The published data folder as the app loads it (the same steps as `datasetQueryOptions`' query: fetch every
 * contract file, parse, fetch problems first), plus its fingerprint. The build runs this with a fetch that reads
 * the folder from disk and the browser with its own fetch, so the prerendered markup and the hydrated page are
 * rendered from the same Dataset.
 */
export async function loadPublishedData(
  baseUrl: string,
  fetchFile: typeof fetch = fetch,
): Promise<{ fetched: FetchedFolder; fingerprint: DataFingerprint | null; dataset: () => Promise<Dataset> }> {
  const fetched = await fetchDataFolder(baseUrl, fetchFile);
  // Fingerprinted before parsing: in the browser, parsing hands the bytes to the Web Worker. Null where the page
  // has no Web Crypto (plain http on a host other than localhost): the files cannot be checked.
  const fingerprint = canFingerprint() ? await fingerprintFiles(fetched.files) : null;
  return { fetched, fingerprint, dataset: () => datasetOf(fetched) };
}

async function datasetOf(fetched: FetchedFolder): Promise<Dataset> {
  const dataset = await parseDataset(fetched.files);
  return { ...dataset, problems: sortProblems([...fetched.problems, ...dataset.problems]) };
}
