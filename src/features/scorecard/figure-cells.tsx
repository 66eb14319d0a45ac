// The figures of one scorecard row, each a stacked cell: the quarter's values, year to date, rating and
// target, direction of travel. They show what the domain worked out; they decide nothing.
import { capitalise, formatNumber } from '../../domain/format-value';
import { periodName } from '../../domain/periods';
import type { ScorecardRow } from '../../domain/scorecard';
import type { Period } from '../../domain/types';
import { DirectionArrow } from '../../ui/DirectionArrow';
import { RagBadge } from '../../ui/RagBadge';
import { AssuranceBadge, VariationBadge } from '../../ui/SpcVerdicts';
import { figureText, tally } from './FigureText';

/** "2024-25 Q3", "Financial year 2023-24", "Academic year 2023-24 Q2": the period a figure belongs to, always named. */
export function periodWords(period: Period): string {
  const label = periodName(period);
  const yearType = period.yearType === 'financial' ? '' : ` (${period.yearType} year)`;
  if (period.kind === 'year') return `${capitalise(period.yearType)} year ${label}`;
  return `${label}${yearType}`;
}

/** Monthly measures: the quarter's three months, a missing month shown as such. Otherwise the period's one value. */
export function QuarterCell({ row }: { row: ScorecardRow }) {
  const { measure } = row;
  if (row.noDataForQuarter) return <p className="sc-missing">No data for this quarter</p>;
  if (measure.frequency === 'monthly') {
    return (
      <ul className="sc-months">
        {row.months.map((m) => {
          const shown = row.period !== null && row.period.end === m.month;
          return (
            <li key={m.month} className={shown ? 'sc-months__month sc-months__month--shown' : 'sc-months__month'}>
              <span className="sc-months__name">{m.name}</span>{' '}
              {m.observation ? figureText(m.observation.value, measure) : <span className="sc-missing">no data</span>}
              {m.observation && tally(m.observation)}
            </li>
          );
        })}
      </ul>
    );
  }
  if (!row.current || !row.period) return <p className="sc-missing">No figure published yet</p>;
  return (
    <p className="sc-single-value">
      <span className="sc-single-value__period">{periodWords(row.period)}</span>{' '}
      {figureText(row.current.value, measure)}
      {tally(row.current)}
    </p>
  );
}

export function YtdCell({ row }: { row: ScorecardRow }) {
  return <p className={row.ytd.status === 'complete' ? 'sc-ytd' : 'sc-ytd sc-missing'}>{row.ytd.text}</p>;
}

/**
 * The rating's badge, then the two statistical process control verdicts (variation, assurance) as badges, then
 * in words either the target and tolerance for the year or why there is no rating (never repeating the badge).
 */
export function RatingCell({ row }: { row: ScorecardRow }) {
  const { measure, target, rag, spc } = row;
  const show = (n: Parameters<typeof formatNumber>[0]) => formatNumber(n, measure.unit, measure.decimals);
  return (
    <>
      <RagBadge rag={rag.rag} title={rag.text} />
      <span className="sc-spc">
        <VariationBadge verdict={spc.variation} />
        <AssuranceBadge verdict={spc.assurance} />
      </span>
      {rag.rag === 'none' && <p className="sc-small">{capitalise(rag.why)}</p>}
      {target && (
        <p className="sc-small">
          {`Target ${target.year}: ${show(target.target)}${target.tolerance ? `, tolerance ${show(target.tolerance)}` : ' (no tolerance: green or red only)'}`}
        </p>
      )}
    </>
  );
}

const COMPARED_WITH: Record<ScorecardRow['measure']['dot'], Record<Period['kind'], string>> = {
  'year-ago': { month: 'Same month last year', quarter: 'Same quarter last year', year: 'Previous year' },
  previous: { month: 'Previous month', quarter: 'Previous quarter', year: 'Previous year' },
};

/** The arrow, and the figure it was compared with, labelled honestly: a year ago, or the period before. */
export function DirectionCell({ row }: { row: ScorecardRow }) {
  const { measure, comparisonPeriod, comparison, dot } = row;
  return (
    <>
      <DirectionArrow arrow={dot.arrow} judgement={dot.judgement} text={dot.text} />
      {comparisonPeriod && (
        <p className="sc-small">
          {`${COMPARED_WITH[measure.dot][comparisonPeriod.kind]} (${periodName(comparisonPeriod)}): `}
          {comparison ? figureText(comparison.value, measure) : <span className="sc-missing">no data</span>}
        </p>
      )}
    </>
  );
}
