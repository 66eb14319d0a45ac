import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while rendering the build's prerendered page and during hydration, true once the app runs in the browser
 * (and at once on a fresh render). A button in the prerendered markup does nothing until its handler is attached,
 * so controls that need the app are disabled until then: a reader's early click waits instead of being lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
