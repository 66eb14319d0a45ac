import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import type { LoadProgress } from '../data/parse-dataset';
import { financialQuarterKey, financialQuarterLabel, parseFinancialQuarter, sameFinancialQuarter } from '../domain/periods';
import { availableQuarters, buildScorecard, defaultQuarter, indexDataset } from '../domain/scorecard';
import type { Dataset } from '../domain/types';
import { MeasureList } from '../features/measure-list/MeasureList';
import { ProblemsPanel } from '../features/data-problems/ProblemsPanel';
import { LoadFailedPanel, MissingMeasuresPanel } from './FatalPanel';
import { LoadingPanel } from './LoadingPanel';
import { QuarterPicker } from './QuarterPicker';
import { useUrlState } from './use-url-state';

export function ScorecardApp({ baseUrl }: { baseUrl: string }) {
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const query = useQuery(datasetQueryOptions(baseUrl, setProgress));
  const authority = query.data?.settings.authorityName;
  return (
    <>
      <header className="masthead">
        <p className="masthead__authority">{authority ?? 'Children and Young People’s Services'}</p>
        <h1>Children and Young People’s Services performance scorecard</h1>
      </header>
      <main id="main" className="content">
        {query.isPending && <LoadingPanel progress={progress} />}
        {query.isError && <LoadFailedPanel message={query.error.message} onRetry={() => void query.refetch()} />}
        {query.data && <LoadedScorecard dataset={query.data} />}
      </main>
    </>
  );
}

function LoadedScorecard({ dataset }: { dataset: Dataset }) {
  const { state, notices, navigate } = useUrlState();
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const quarters = useMemo(() => availableQuarters(index), [index]);
  const requested = state.quarter ? parseFinancialQuarter(state.quarter) : null;
  const known = requested && quarters.some((quarter) => sameFinancialQuarter(quarter, requested)) ? requested : null;
  const quarter = known ?? defaultQuarter(index);
  const rows = useMemo(() => (quarter ? buildScorecard(index, quarter) : []), [index, quarter]);
  const quarterNotice =
    state.quarter && !known && quarter
      ? `There is no data for the quarter "${state.quarter}", so ${financialQuarterLabel(quarter)} is shown instead.`
      : null;

  // A measures.csv that is present but yields no measure (wrong columns, not a CSV) is as fatal as a missing one.
  if (!dataset.usable || dataset.measures.length === 0) return <MissingMeasuresPanel problems={dataset.problems} />;
  return (
    <>
      {[...notices, ...(quarterNotice ? [quarterNotice] : [])].map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
      {quarter ? (
        <>
          <div className="toolbar">
            <QuarterPicker quarters={quarters} selected={quarter} onSelect={(key) => navigate({ quarter: key })} />
            {dataset.settings.dataDate && <p className="toolbar__meta">Data extracted {dataset.settings.dataDate}</p>}
          </div>
          <MeasureList rows={rows} quarterLabel={financialQuarterLabel(quarter)} />
        </>
      ) : (
        <p>No monthly or quarterly values have been published yet, so there is no quarter to show.</p>
      )}
      <ProblemsPanel problems={dataset.problems} />
      <p className="visually-hidden" aria-live="polite">
        {quarter ? `Showing ${financialQuarterKey(quarter)}` : ''}
      </p>
    </>
  );
}
