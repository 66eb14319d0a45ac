import { queryOptions } from '@tanstack/react-query';
import { fetchDataFolder, type FetchedFolder } from './fetch-data-folder';
import { parseDataset, startDatasetWorker, type LoadProgress } from './parse-dataset';
import { sortProblems } from './sort-problems';
import type { Dataset } from '../domain/types';

export type ProgressListener = (progress: LoadProgress | null) => void;

export interface DataFolderOptions {
  fetchFile?: typeof fetch;
  onProgress?: ProgressListener;
  /**
   * Called with the downloaded files just before their bytes are handed to the Web Worker (which detaches them):
   * the place to read them on this thread, e.g. to fingerprint them (see published-dataset.ts).
   */
  onFetched?: (fetched: FetchedFolder) => void;
}

export interface DataFolderLoad {
  /** The downloaded files and the problems of fetching them; settles after `onFetched` has run. */
  fetched: Promise<FetchedFolder>;
  /** The Dataset of those files, with the fetching problems among its own. */
  dataset: Promise<Dataset>;
}

/**
 * Every contract file of `<baseUrl>data/`, downloaded and parsed: the one load of the published folder, for the
 * dataset query and for the prerendered page's check (see published-dataset.ts). The Web Worker is started before
 * the downloads, so its code loads while the files arrive.
 */
export function loadDataFolder(baseUrl: string, options: DataFolderOptions = {}): DataFolderLoad {
  const { onProgress } = options;
  const started = performance.now();
  onProgress?.({ file: 'downloading', done: 0, total: 1 });
  const worker = startDatasetWorker();
  let fetchedAt = NaN;
  const fetched = fetchDataFolder(baseUrl, options.fetchFile).then((folder) => {
    fetchedAt = performance.now();
    options.onFetched?.(folder);
    return folder;
  });
  const dataset = fetched.then(
    async (folder): Promise<Dataset> => {
      const parsed = await parseDataset(folder.files, (progress) => onProgress?.(progress), { worker, startedAt: started, fetchedAt });
      onProgress?.(null);
      // The loader's problems are already in order: sorting again is only needed when fetching found some.
      if (folder.problems.length === 0) return parsed;
      return { ...parsed, problems: sortProblems([...folder.problems, ...parsed.problems]) };
    },
    (error: unknown) => {
      worker?.worker.terminate();
      throw error;
    },
  );
  return { fetched, dataset };
}

/** The one place the dataset's query key is made. `baseUrl` is the page's folder, so relative paths work from any sub-path. */
export function datasetQueryOptions(baseUrl: string, onProgress?: ProgressListener) {
  return queryOptions({
    queryKey: ['dataset', baseUrl] as const,
    queryFn: (): Promise<Dataset> => loadDataFolder(baseUrl, { onProgress }).dataset,
    // Published data changes once a quarter; refetching on focus would only reparse the same files.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
