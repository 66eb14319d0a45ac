// From dropped files to the dataset the preview shows: read them here, take any missing contract files from the
// published folder (a GET of the published data, as when the page opens), parse in the Web Worker.
import type { Dataset, Problem } from '../domain/types';
import type { ContractFileName } from './contract-files';
import type { FetchedFolder } from './fetch-data-folder';
import { parseDataset } from './parse-dataset';
import { completeWithPublished, readDroppedFiles, type DroppedFiles } from './read-dropped-files';
import { sortProblems } from './sort-problems';
import { WHOLE_ROW } from './file-problems';

export type PreviewStage = 'reading' | 'published' | 'checking';

export interface PreviewProgress {
  stage: PreviewStage;
  file: string;
  done: number;
  total: number;
}

export type PreviewResult =
  | {
      kind: 'preview';
      dataset: Dataset;
      /** The contract files read from the computer, with the path each came from. */
      read: { name: ContractFileName; path: string }[];
      /** Contract files the preview took from the published data, because measures.csv was not dropped. */
      fromPublished: ContractFileName[];
    }
  /** None of the files is a contract file: there is nothing to preview. */
  | { kind: 'nothing'; problems: Problem[] };

export async function previewDroppedFiles(
  dropped: DroppedFiles,
  { fetchPublished, onProgress }: { fetchPublished: () => Promise<FetchedFolder>; onProgress?: (progress: PreviewProgress) => void },
): Promise<PreviewResult> {
  const read = await readDroppedFiles(dropped, (progress) => onProgress?.({ stage: 'reading', ...progress }));
  if (read.read.length === 0) return { kind: 'nothing', problems: sortProblems(read.problems) };
  let published: FetchedFolder = { files: {}, problems: [] };
  if (read.files['measures.csv'] === undefined) {
    onProgress?.({ stage: 'published', file: 'published', done: 0, total: 1 });
    published = await fetchPublished().catch((error: unknown) => ({
      files: {},
      problems: [{ file: 'measures.csv', line: 0, column: WHOLE_ROW, severity: 'error' as const, message: `the published files could not be fetched (${error instanceof Error ? error.message : String(error)})` }],
    }));
  }
  const { files, fromPublished } = completeWithPublished(read.files, published.files);
  // Only the published files the preview uses matter: a failure to fetch one the officer dropped is irrelevant.
  const publishedProblems = published.problems.filter((problem) => !read.read.some(({ name }) => name === problem.file));
  const dataset = await parseDataset(files, (progress) => onProgress?.({ stage: 'checking', ...progress }));
  return {
    kind: 'preview',
    dataset: { ...dataset, problems: sortProblems([...read.problems, ...publishedProblems, ...dataset.problems]) },
    read: read.read,
    fromPublished,
  };
}
