import { useEffect, useMemo, useRef } from 'react';
import { financialQuarterKey, financialQuarterLabel, parseFinancialQuarter, sameFinancialQuarter } from '../domain/periods';
import { availableQuarters, buildScorecard, defaultQuarter, indexDataset } from '../domain/scorecard';
import { BUILT_IN_GLOSSARY, mergeGlossary } from '../domain/glossary';
import type { Dataset } from '../domain/types';
import { ProblemsPanel } from '../features/data-problems/ProblemsPanel';
import { EmbedView } from '../features/embed/EmbedView';
import { SharePanel } from '../features/share/SharePanel';
import { Abbreviated } from '../ui/Abbreviated';
import { NavigationProvider } from '../ui/navigation/ViewLink';
import { useUrlState } from '../ui/navigation/use-url-state';
import { MissingMeasuresPanel } from './FatalPanel';
import { useMeasurePageWarming } from './measure-page';
import { QuarterPicker } from './QuarterPicker';
import { ViewNav } from './ViewNav';
import { ViewSwitch } from './ViewSwitch';
import { canShowScorecard, documentTitle, resolveView, viewTitle, type View } from './views';

/** Views that are the same whichever quarter is chosen, so they have no quarter picker. */
const QUARTERLESS_VIEWS: readonly View[] = ['glossary', 'actions', 'data-check', 'preview'];

/** The loaded scorecard: which view and quarter the link asks for, the navigation, and the view itself. */
export function ScorecardShell({ dataset, published = null }: { dataset: Dataset; published?: Dataset | null }) {
  const { state, notices, navigate } = useUrlState();
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const publishedIndex = useMemo(() => (published ? indexDataset(published) : null), [published]);
  const glossary = useMemo(() => mergeGlossary(BUILT_IN_GLOSSARY, dataset.glossary), [dataset]);
  const quarters = useMemo(() => availableQuarters(index), [index]);
  const requested = state.quarter ? parseFinancialQuarter(state.quarter) : null;
  const known = requested && quarters.some((quarter) => sameFinancialQuarter(quarter, requested)) ? requested : null;
  const quarter = known ?? defaultQuarter(index);
  const rows = useMemo(() => (quarter ? buildScorecard(index, quarter) : []), [index, quarter]);
  const hasActions = dataset.filesPresent.includes('actions.csv');

  const openMeasure = state.measure ? rows.find((row) => row.measure.id === state.measure) : undefined;
  const view = resolveView(state.view, { measureFound: openMeasure !== undefined, hasActions });
  const allNotices = [
    ...notices,
    ...(state.quarter && !known && quarter
      ? [`There is no data for the quarter "${state.quarter}", so ${financialQuarterLabel(quarter)} is shown instead.`]
      : []),
    ...(state.measure && !openMeasure ? [`There is no measure "${state.measure}" in this data, so the summary is shown instead.`] : []),
    ...(state.view === 'actions' && !hasActions ? ['This data folder has no action plans (actions.csv), so the summary is shown instead.'] : []),
    ...(state.view === 'measure' && !state.measure ? ['The link asks for a measure page but names no measure, so the summary is shown instead.'] : []),
  ];

  const quarterLabel = quarter ? financialQuarterLabel(quarter) : null;
  // Links name the quarter shown, so a link shared today still shows this quarter after the next one is published.
  const linkState = useMemo(() => ({ ...state, quarter: quarter ? financialQuarterKey(quarter) : state.quarter }), [state, quarter]);
  const title = viewTitle(view, quarterLabel, openMeasure?.measure);
  useDocumentTitle(documentTitle(title, dataset.settings.authorityName));
  const headingRef = useFocusOnViewChange(`${view}|${state.measure ?? ''}`);
  const showable = canShowScorecard(dataset);
  useMeasurePageWarming(view !== 'embed' && showable);

  // A measures.csv that is present but yields no measure (wrong columns, not a CSV) is as fatal as a missing one.
  if (!showable) return <MissingMeasuresPanel problems={dataset.problems} />;
  // Embedded in another site's page: only the card or area asked for, with a link to the full scorecard.
  if (view === 'embed' && quarter) {
    return (
      <NavigationProvider value={{ state: linkState, navigate }}>
        <EmbedView rows={rows} dataset={dataset} quarter={quarter} glossary={glossary} measure={state.measure} area={state.area} />
      </NavigationProvider>
    );
  }
  return (
    <NavigationProvider value={{ state: linkState, navigate }}>
      <ViewNav current={view} hasActions={hasActions} showDataCheck={published !== null || dataset.problems.length > 0} />
      {allNotices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
      {quarter && !QUARTERLESS_VIEWS.includes(view) && (
        <div className="toolbar">
          <QuarterPicker quarters={quarters} selected={quarter} onSelect={(key) => navigate({ quarter: key })} />
          {dataset.settings.dataDate && <p className="toolbar__meta">Data extracted {dataset.settings.dataDate}</p>}
          {dataset.settings.published && <p className="toolbar__meta">Approved {dataset.settings.published}</p>}
        </div>
      )}
      <h2 id="view-heading" className="view-heading" tabIndex={-1} ref={headingRef}>
        {view === 'measure' && openMeasure ? <Abbreviated text={title} glossary={glossary} /> : title}
      </h2>
      {quarter || QUARTERLESS_VIEWS.includes(view) ? (
        <ViewSwitch view={view} dataset={dataset} index={index} quarter={quarter} rows={rows} glossary={glossary} openMeasure={openMeasure} publishedIndex={publishedIndex} />
      ) : (
        <p>No monthly or quarterly values have been published yet, so there is no quarter to show.</p>
      )}
      {quarter && (view === 'summary' || view === 'scorecard' || view === 'measure') && (
        <SharePanel view={view} dataset={dataset} index={index} quarter={quarter} rows={rows} openMeasure={openMeasure} state={state} />
      )}
      <ProblemsPanel problems={dataset.problems} />
      <p className="visually-hidden" aria-live="polite">
        {quarter ? `Showing ${title}, ${financialQuarterKey(quarter)}` : ''}
      </p>
    </NavigationProvider>
  );
}

function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** After a change of view (not on first load), move focus to the new view's heading so keyboard and screen-reader users start there. */
function useFocusOnViewChange(key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    ref.current?.focus();
  }, [key]);
  return ref;
}
