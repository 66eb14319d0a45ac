import { queryOptions } from '@tanstack/react-query';
import { fetchDataFolder } from './fetch-data-folder';
import { parseDataset, startDatasetWorker, type LoadProgress } from './parse-dataset';
import { sortProblems } from './sort-problems';
import type { Dataset } from '../domain/types';

export type ProgressListener = (progress: LoadProgress | null) => void;

/** The one place the dataset's query key is made. `baseUrl` is the page's folder, so relative paths work from any sub-path. */
export function datasetQueryOptions(baseUrl: string, onProgress?: ProgressListener) {
  return queryOptions({
    queryKey: ['dataset', baseUrl] as const,
    queryFn: async (): Promise<Dataset> => {
      const started = performance.now();
      onProgress?.({ file: 'downloading', done: 0, total: 1 });
      // Started first, so the worker's code loads while the files download.
      const worker = startDatasetWorker();
      let fetched;
      try {
        fetched = await fetchDataFolder(baseUrl);
      } catch (error) {
        worker?.worker.terminate();
        throw error;
      }
      const fetchedAt = performance.now();
      const dataset = await parseDataset(fetched.files, (progress) => onProgress?.(progress), { worker, startedAt: started, fetchedAt });
      onProgress?.(null);
      // The loader's problems are already in order: sorting again is only needed when fetching found some.
      if (fetched.problems.length === 0) return dataset;
      return { ...dataset, problems: sortProblems([...fetched.problems, ...dataset.problems]) };
    },
    // Published data changes once a quarter; refetching on focus would only reparse the same files.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
