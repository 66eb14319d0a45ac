import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import type { LoadProgress } from '../data/parse-dataset';
import { LoadFailedPanel } from './FatalPanel';
import { LoadingPanel } from './LoadingPanel';
import { ScorecardShell } from './ScorecardShell';
import { useUrlState } from '../ui/navigation/use-url-state';

export function ScorecardApp({ baseUrl }: { baseUrl: string }) {
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const query = useQuery(datasetQueryOptions(baseUrl, setProgress));
  const authority = query.data?.settings.authorityName;
  // An embedded card lives inside someone else's page: no masthead of ours around it.
  const embedded = useUrlState().state.view === 'embed';
  return (
    <>
      <header className="masthead" hidden={embedded}>
        <p className="masthead__authority">{authority ?? 'Children and Young People’s Services'}</p>
        <h1>Children and Young People’s Services performance scorecard</h1>
      </header>
      <main id="main" className={embedded ? 'content content--embed' : 'content'}>
        {query.isPending && <LoadingPanel progress={progress} />}
        {query.isError && <LoadFailedPanel message={query.error.message} onRetry={() => void query.refetch()} />}
        {query.data && <ScorecardShell dataset={query.data} />}
      </main>
    </>
  );
}
