import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { DEFAULT_URL_STATE, writeUrlState, type UrlState } from './url-state';
import type { Navigate } from './use-url-state';

interface Navigation {
  state: UrlState;
  navigate: Navigate;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider above it');
  return navigation;
}

/**
 * Where a link to another view goes: a fresh view in the same quarter, plus `to`. Links start clean so that
 * "3 red" on the summary shows exactly the three red measures, not those three filtered by an older search.
 */
export function targetState(current: UrlState, to: Partial<UrlState>): UrlState {
  return { ...DEFAULT_URL_STATE, quarter: current.quarter, ...to };
}

type ViewLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: Partial<UrlState> };

/**
 * A real link (open in a new tab, copy address, works without script) that, on a plain click, changes view
 * in place and pushes a history entry so the back button returns.
 */
export function ViewLink({ to, onClick, children, ...rest }: ViewLinkProps) {
  const { state, navigate } = useNavigation();
  const next = targetState(state, to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(next);
  };
  return (
    <a href={writeUrlState(next) || '?'} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
