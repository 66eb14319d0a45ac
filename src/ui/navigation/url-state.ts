// The URL query string holds the view, so any view can be shared as a link and the back button works.
export const VIEWS = ['summary', 'scorecard', 'changes', 'measure', 'glossary', 'actions', 'embed', 'data-check', 'preview'] as const;
export const RAG_FILTERS = ['green', 'amber', 'red', 'none'] as const;
export const DOT_FILTERS = ['improving', 'declining', 'no-change', 'neutral', 'none'] as const;

export interface UrlState {
  view: (typeof VIEWS)[number];
  quarter: string | null;
  area: string | null;
  measure: string | null;
  rag: (typeof RAG_FILTERS)[number][];
  dot: (typeof DOT_FILTERS)[number][];
  q: string;
  sort: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'summary',
  quarter: null,
  area: null,
  measure: null,
  rag: [],
  dot: [],
  q: '',
  sort: null,
};

// Hand-written checks rather than a schema library: this runs on the first page, where every kilobyte counts.
type Parse<T> = (raw: string) => T | undefined;

const SLUG = /^[A-Za-z0-9._-]{1,64}$/;
const QUARTER = /^\d{4}-\d{2}[\s-]?Q[1-4]$/i;
const slug: Parse<string> = (raw) => (SLUG.test(raw) ? raw : undefined);
const oneOf =
  <T extends string>(values: readonly T[]): Parse<T> =>
  (raw) => {
    const text = raw.trim().toLowerCase();
    return (values as readonly string[]).includes(text) ? (text as T) : undefined;
  };
const listOf =
  <T extends string>(values: readonly T[]): Parse<T[]> =>
  (raw) => {
    const parts = raw.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
    return parts.every((part) => (values as readonly string[]).includes(part)) ? (parts as T[]) : undefined;
  };

const FIELDS: { [K in keyof UrlState]: Parse<UrlState[K]> } = {
  view: oneOf(VIEWS),
  quarter: (raw) => (QUARTER.test(raw) ? raw : undefined),
  area: slug,
  measure: slug,
  rag: listOf(RAG_FILTERS),
  dot: listOf(DOT_FILTERS),
  q: (raw) => (raw.length <= 200 ? raw : undefined),
  sort: slug,
};

/** Reads the query string; an invalid value falls back to its default and yields a notice saying so. */
export function readUrlState(search: string): { state: UrlState; notices: string[] } {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  const notices: string[] = [];
  for (const key of Object.keys(FIELDS) as (keyof UrlState)[]) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = FIELDS[key](raw);
    if (parsed !== undefined) state[key] = parsed;
    else notices.push(`The link's ${key} "${raw}" is not recognised, so the default is shown instead.`);
  }
  return { state: state as unknown as UrlState, notices };
}

/** Writes only what differs from the defaults, so shared links stay short. */
export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(FIELDS) as (keyof UrlState)[]) {
    const value = state[key];
    const text = Array.isArray(value) ? value.join(',') : value;
    const fallback = DEFAULT_URL_STATE[key];
    if (text === null || text === '' || text === (Array.isArray(fallback) ? fallback.join(',') : fallback)) continue;
    params.set(key, text);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
