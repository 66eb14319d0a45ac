import { queryOptions } from '@tanstack/react-query';
import { fetchEachFile, type FileArrived } from './fetch-data-folder';
import { startDatasetParse, type LoadProgress } from './parse-dataset';
import { sortProblems } from './sort-problems';
import type { Dataset, Problem } from '../domain/types';

export type ProgressListener = (progress: LoadProgress | null) => void;

export interface DataFolderOptions {
  fetchFile?: typeof fetch;
  onProgress?: ProgressListener;
  /**
   * Called with each downloaded file just before its bytes are handed to the Web Worker (which detaches them):
   * the place to read them on this thread, e.g. to fingerprint them (see published-dataset.ts).
   */
  onFile?: FileArrived;
}

export interface FetchProblems {
  problems: Problem[];
}

export interface DataFolderLoad {
  /** The problems of fetching the files, once all have arrived (each file's bytes went to the parse as it came). */
  fetched: Promise<FetchProblems>;
  /** The Dataset of those files, with the fetching problems among its own. */
  dataset: Promise<Dataset>;
}

/**
 * Every contract file of `<baseUrl>data/`, downloaded and parsed: the one load of the published folder, for the
 * dataset query and for the prerendered page's check (see published-dataset.ts). The Web Worker is started before
 * the downloads, so its code loads while the files arrive, and each file goes to it as soon as it has arrived.
 */
export function loadDataFolder(baseUrl: string, options: DataFolderOptions = {}): DataFolderLoad {
  const { onProgress } = options;
  const startedAt = performance.now();
  onProgress?.({ file: 'downloading', done: 0, total: 1 });
  const parse = startDatasetParse((progress) => onProgress?.(progress), { startedAt });
  const fetched = fetchEachFile(baseUrl, options.fetchFile ?? fetch, (name, bytes) => {
    options.onFile?.(name, bytes);
    parse.add(name, bytes);
  }).then((problems): FetchProblems => ({ problems }));
  const dataset = Promise.all([fetched, parse.dataset]).then(
    ([folder, parsed]): Dataset => {
      onProgress?.(null);
      // The loader's problems are already in order: sorting again is only needed when fetching found some.
      if (folder.problems.length === 0) return parsed;
      return { ...parsed, problems: sortProblems([...folder.problems, ...parsed.problems]) };
    },
    (error: unknown) => {
      // A file could not be handed over (fetching itself reports its failures as problems): the worker would wait
      // for the rest for ever.
      parse.cancel(error);
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
