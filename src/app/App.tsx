import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ScorecardApp } from './ScorecardApp';

export function App({ queryClient, baseUrl }: { queryClient: QueryClient; baseUrl: string }) {
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to the scorecard
      </a>
      <ScorecardApp baseUrl={baseUrl} />
    </QueryClientProvider>
  );
}
