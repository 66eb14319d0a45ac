import { useId } from 'react';
import { areaName } from '../../domain/areas';
import type { ScorecardSort } from '../../domain/scorecard-filters';
import type { AreaSlug } from '../../domain/types';
import { useNavigation } from '../../ui/navigation/ViewLink';
import { DOT_FILTERS, RAG_FILTERS, type UrlState } from '../../ui/navigation/url-state';
import { DIRECTION_TOKENS, RAG_TOKENS } from '../../ui/tokens';

export const SORT_LABELS: Record<ScorecardSort, string> = {
  reference: 'Reference',
  rating: 'Rating, red first',
  direction: 'Direction of travel, declining first',
  title: 'Title, A to Z',
};

/** Adds or removes one value, keeping the list in its canonical order so links stay stable. */
function toggled<T extends string>(all: readonly T[], chosen: readonly T[], value: T): T[] {
  return all.filter((v) => (v === value ? !chosen.includes(v) : chosen.includes(v)));
}

/** Clearing keeps the sort: it orders the list, it does not narrow it. */
export const CLEARED_FILTERS: Partial<UrlState> = { area: null, rag: [], dot: [], q: '' };

interface ScorecardFiltersProps {
  areas: readonly AreaSlug[];
  /** The area shown (null when the link's area is unknown or not set). */
  area: AreaSlug | null;
  sort: ScorecardSort;
  /** The search box's id, so the "nothing matches" message can return focus to it. */
  searchId: string;
}

/** Every control writes to the link, so a filtered scorecard can be shared and the back button undoes a change. */
export function ScorecardFilters({ areas, area, sort, searchId }: ScorecardFiltersProps) {
  const { state, navigate } = useNavigation();
  const id = useId();
  return (
    <form className="scorecard-filters" aria-label="Filter and sort the measures" onSubmit={(event) => event.preventDefault()}>
      <div className="scorecard-filters__field">
        <label htmlFor={searchId}>Search measures</label>
        <input
          id={searchId}
          type="search"
          maxLength={200}
          value={state.q}
          // Typing replaces the history entry rather than adding one per keystroke.
          onChange={(event) => navigate({ q: event.target.value }, { replace: true })}
        />
      </div>
      <div className="scorecard-filters__field">
        <label htmlFor={`${id}-area`}>Service area</label>
        <select id={`${id}-area`} value={area ?? ''} onChange={(event) => navigate({ area: event.target.value || null })}>
          <option value="">All areas</option>
          {areas.map((slug) => (
            <option key={slug} value={slug}>
              {areaName(slug)}
            </option>
          ))}
        </select>
      </div>
      <Choices legend="Rating" all={RAG_FILTERS} chosen={state.rag} label={(rag) => RAG_TOKENS[rag].label} onChange={(rag) => navigate({ rag })} />
      <Choices legend="Direction of travel" all={DOT_FILTERS} chosen={state.dot} label={(dot) => DIRECTION_TOKENS[dot].label} onChange={(dot) => navigate({ dot })} />
      <div className="scorecard-filters__field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select id={`${id}-sort`} value={sort} onChange={(event) => navigate({ sort: event.target.value === 'reference' ? null : event.target.value })}>
          {(Object.keys(SORT_LABELS) as ScorecardSort[]).map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="scorecard-filters__clear" onClick={() => navigate(CLEARED_FILTERS)}>
        Clear filters
      </button>
    </form>
  );
}

interface ChoicesProps<T extends string> {
  legend: string;
  all: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onChange: (chosen: T[]) => void;
}

/** A group of checkboxes; none ticked means no filter. */
function Choices<T extends string>({ legend, all, chosen, label, onChange }: ChoicesProps<T>) {
  return (
    <fieldset className="scorecard-filters__choices">
      <legend>{legend}</legend>
      {all.map((value) => (
        <label key={value}>
          <input type="checkbox" checked={chosen.includes(value)} onChange={() => onChange(toggled(all, chosen, value))} /> {label(value)}
        </label>
      ))}
    </fieldset>
  );
}
