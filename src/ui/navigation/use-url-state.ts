import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { readUrlState, writeUrlState, type UrlState } from './url-state';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export type Navigate = (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;

/** The view as the URL holds it; `navigate` pushes a history entry so the back button returns to the last view. */
export function useUrlState() {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => '');
  const { state, notices } = useMemo(() => readUrlState(search), [search]);
  const navigate = useCallback<Navigate>((patch, options = {}) => {
    const next = `${window.location.pathname}${writeUrlState({ ...readUrlState(window.location.search).state, ...patch })}`;
    if (next === `${window.location.pathname}${window.location.search}`) return;
    if (options.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return { state, notices, navigate };
}
