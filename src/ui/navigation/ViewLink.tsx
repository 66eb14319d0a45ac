import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { DEFAULT_URL_STATE, writeUrlState, type UrlState } from './url-state';
import type { Navigate } from './use-url-state';

interface Navigation {
  state: UrlState;
  navigate: Navigate;
}

const NavigationContext = createContext<Navigation | null>(null);
// `navigate` alone, which never changes: a component that only navigates (a row of a long list) is not drawn
// again each time the address changes.
const NavigateContext = createContext<Navigate | null>(null);

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return (
    <NavigateContext.Provider value={value.navigate}>
      <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
    </NavigateContext.Provider>
  );
}

export function useNavigate(): Navigate {
  const navigate = useContext(NavigateContext);
  if (!navigate) throw new Error('useNavigate needs a NavigationProvider above it');
  return navigate;
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
export function ViewLink(props: ViewLinkProps) {
  return <LinkFrom from={useNavigation().state} {...props} />;
}

/** A ViewLink from a given state rather than the page's: it is drawn again only when its own props change. */
export function LinkFrom({ from, to, onClick, children, ...rest }: ViewLinkProps & { from: UrlState }) {
  const navigate = useNavigate();
  const next = targetState(from, to);
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
