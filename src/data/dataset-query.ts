import { queryOptions } from '@tanstack/react-query';
import { fetchDataFolder } from './fetch-data-folder';
import { parseDataset, type LoadProgress } from './parse-dataset';
import { sortProblems } from './sort-problems';
import type { Dataset } from '../domain/types';

export type ProgressListener = (progress: LoadProgress | null) => void;

/** The one place the dataset's query key is made. `baseUrl` is the page's folder, so relative paths work from any sub-path. */
export function datasetQueryOptions(baseUrl: string, onProgress?: ProgressListener) {
  return queryOptions({
    queryKey: ['dataset', baseUrl] as const,
    queryFn: async (): Promise<Dataset> => {
      onProgress?.({ file: 'downloading', done: 0, total: 1 });
      const fetched = await fetchDataFolder(baseUrl);
      const dataset = await parseDataset(fetched.files, (progress) => onProgress?.(progress));
      onProgress?.(null);
      return { ...dataset, problems: sortProblems([...fetched.problems, ...dataset.problems]) };
    },
    // Published data changes once a quarter; refetching on focus would only reparse the same files.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
