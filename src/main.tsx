import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import 'virtual:colour-tokens.css';
import './app/app.css';
import './app/print.css';
import { App } from './app/App';
import { startMocksIfAsked } from './app/start-mocks';

// The page's own folder: data/ is fetched relative to it, so the app works from any sub-path.
const baseUrl = new URL('./', window.location.href).href;

await startMocksIfAsked();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={new QueryClient()} baseUrl={baseUrl} />
  </StrictMode>,
);
