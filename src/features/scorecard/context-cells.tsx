// How the measure compares with other councils, and where it sits in the Council Plan.
import type { ScorecardRow } from '../../domain/scorecard';
import type { Comparator, Settings } from '../../domain/types';
import { figureText } from './FigureText';

const COMPARATOR_NAMES: Record<Comparator, string> = {
  statistical_neighbours: 'Statistical neighbours',
  regional: 'Region',
  national: 'England',
};

/** Each comparator with its value, its year (benchmarks lag) and whether this council is better, similar or worse. */
export function BenchmarksCell({ row }: { row: ScorecardRow }) {
  const { benchmarks, benchmark, quartile, measure } = row;
  if (!benchmarks || !benchmark) return <p className="sc-missing">No benchmark</p>;
  return (
    <>
      <ul className="sc-benchmarks">
        {(Object.keys(COMPARATOR_NAMES) as Comparator[]).map((comparator) => {
          const { value, year, judgement } = benchmarks[comparator];
          return (
            <li key={comparator}>
              {`${COMPARATOR_NAMES[comparator]}: `}
              {figureText(value, measure)}
              {judgement ? ` (${year}) - ` : ` (${year})`}
              {judgement && <strong className={`sc-judgement sc-judgement--${judgement}`}>{judgement}</strong>}
            </li>
          );
        })}
      </ul>
      {quartile && <p className="sc-small">{`National quartile ${quartile} (A = best)`}</p>}
      {benchmark.source && <p className="sc-small sc-muted">{`Source: ${benchmark.source}`}</p>}
    </>
  );
}

export function NotesCell({ row, settings }: { row: ScorecardRow; settings: Pick<Settings, 'councilPlanUrl'> }) {
  const { councilPlan, dataNote } = row.measure;
  if (!councilPlan && !dataNote) return null;
  return (
    <>
      {councilPlan && (
        <p className="sc-small">
          {'Council Plan: '}
          {settings.councilPlanUrl ? <a href={settings.councilPlanUrl}>{councilPlan}</a> : councilPlan}
        </p>
      )}
      {dataNote && <p className="sc-small sc-data-note">{dataNote}</p>}
    </>
  );
}
