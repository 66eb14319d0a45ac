import type { LoadProgress } from '../data/parse-dataset';

/** A visible, announced loading state: which file is being read and how far through. */
export function LoadingPanel({ progress }: { progress: LoadProgress | null }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const what = !progress || progress.file === 'downloading' ? 'Downloading the scorecard data' : `Reading ${progress.file}`;
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>{what}…</p>
      <progress max={100} value={percent} aria-label="Loading the scorecard data">
        {percent}%
      </progress>
    </div>
  );
}
