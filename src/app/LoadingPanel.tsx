import type { LoadProgress } from '../data/parse-dataset';

/** A visible, announced loading state: which file is being read and how far through. */
export function LoadingPanel({ progress, drawing = false }: { progress: LoadProgress | null; drawing?: boolean }) {
  const percent = drawing ? 100 : progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const what = drawing ? 'Drawing the scorecard' : !progress || progress.file === 'downloading' ? 'Downloading the scorecard data' : `Reading ${progress.file}`;
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>{what}…</p>
      <progress max={100} value={percent} aria-label="Loading the scorecard data">
        {percent}%
      </progress>
    </div>
  );
}
