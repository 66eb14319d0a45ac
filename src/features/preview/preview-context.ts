import { createContext, useContext } from 'react';
import type { ContractFileName } from '../../data/contract-files';
import type { DroppedFiles } from '../../data/read-dropped-files';
import type { PreviewProgress } from '../../data/read-dropped-files-preview';
import type { Dataset, Problem } from '../../domain/types';

/** Files from the officer's computer shown in place of the published data. React state only: a reload ends it. */
export interface Preview {
  dataset: Dataset;
  read: { name: ContractFileName; path: string }[];
  fromPublished: ContractFileName[];
}

export type PreviewStatus =
  | { state: 'idle' }
  | { state: 'reading'; progress: PreviewProgress | null }
  | { state: 'nothing'; problems: Problem[] }
  | { state: 'failed'; message: string };

export interface PreviewControls {
  preview: Preview | null;
  status: PreviewStatus;
  /** Reads the files and shows them; a drop's files arrive as a promise (folders are read asynchronously). */
  start(dropped: DroppedFiles | Promise<DroppedFiles>): void;
  /** Back to the published data. */
  end(): void;
}

const PreviewContext = createContext<PreviewControls | null>(null);

export const PreviewProvider = PreviewContext.Provider;

export function usePreviewControls(): PreviewControls {
  const controls = useContext(PreviewContext);
  if (!controls) throw new Error('usePreviewControls needs a PreviewProvider above it');
  return controls;
}
