import { lazy, Suspense } from 'react';
import type { Dataset } from '../../domain/types';

// Officers open this view now and then; members never do, so its help texts stay out of the first page's download.
const DataCheckReport = lazy(() => import('./DataCheckReport').then((module) => ({ default: module.DataCheckReport })));

/** `?view=data-check`: the validation report for the data on show (published, or the files being previewed). */
export function DataCheckView({ dataset }: { dataset: Dataset }) {
  return (
    <Suspense fallback={<p role="status">Opening the data check…</p>}>
      <DataCheckReport dataset={dataset} />
    </Suspense>
  );
}
