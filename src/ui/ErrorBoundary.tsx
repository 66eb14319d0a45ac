import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the children once one has thrown while rendering. */
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps a part of the page that failed to render (e.g. code that could not be downloaded) from blanking the whole
 * page: React logs the error on the console, and the reader gets `fallback` in that part's place. Give it a `key`
 * to try again when what it shows changes.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
