import { formatCell, formatNumber, specialMeaning } from '../../domain/format-value';
import type { ScorecardRow } from '../../domain/scorecard-row';
import { periodName } from '../../domain/periods';
import { tallyText } from '../../domain/trend-chart-rows';
import type { Period, Target } from '../../domain/types';
import { DirectionArrow } from '../../ui/DirectionArrow';
import { RagBadge } from '../../ui/RagBadge';
import { AssuranceBadge, VariationBadge } from '../../ui/SpcVerdicts';
import { flagSentence, thresholdWords } from './wording';

interface HeadlineProps {
  row: ScorecardRow;
  /** The period shown, or the one that was due when no row arrived. */
  periodDue: Period | null;
  /** The target for that period's year (the row's own, or the year due). */
  target: Target | null;
  targetYear: string | null;
}

/** The figure for the quarter and why it is rated as it is. */
export function Headline({ row, periodDue, target, targetYear }: HeadlineProps) {
  const { measure, current } = row;
  const show = (d: Target['target']) => formatNumber(d, measure.unit, measure.decimals);
  return (
    <section className="measure-detail__section measure-headline" aria-labelledby="measure-latest">
      <h3 id="measure-latest">Latest figure</h3>
      <CurrentFigure row={row} periodDue={periodDue} />
      <dl className="measure-headline__facts">
        <div>
          <dt>Rating</dt>
          <dd>
            <RagBadge rag={row.rag.rag} /> <span className="measure-headline__reason">{row.rag.why}</span>
          </dd>
        </div>
        <div>
          <dt>Direction of travel</dt>
          <dd>
            <DirectionArrow arrow={row.dot.arrow} judgement={row.dot.judgement} text={row.dot.text} />
          </dd>
        </div>
        <div className="measure-headline__spc">
          <dt>Variation (SPC)</dt>
          <dd>
            <VariationBadge verdict={row.spc.variation} /> <SpcText text={row.spc.variation.text} />
          </dd>
        </div>
        <div className="measure-headline__spc">
          <dt>Assurance (SPC)</dt>
          <dd>
            <AssuranceBadge verdict={row.spc.assurance} /> <SpcText text={row.spc.assurance.text} />
          </dd>
        </div>
        <div>
          <dt>Year to date</dt>
          <dd>{measure.frequency === 'annual' ? 'None: an annual measure has no year to date' : row.ytd.text}</dd>
        </div>
        <div>
          <dt>{targetYear ? `Target for ${targetYear}` : 'Target'}</dt>
          <dd>
            {measure.polarity === 'none' ? (
              'None: a context measure is not rated'
            ) : target ? (
              <>
                {show(target.target)}
                {target.tolerance ? `, tolerance ${show(target.tolerance)}` : ', no tolerance'}. {thresholdWords(measure, target)}
              </>
            ) : (
              'No target has been set for this year, so the figure is not rated.'
            )}
          </dd>
        </div>
      </dl>
      {row.months.length > 0 && current && (
        <>
          <h4 id="measure-months">The quarter month by month</h4>
          <ul className="measure-headline__months" aria-labelledby="measure-months">
            {row.months.map((month) => (
              <li key={month.month}>
                {month.name}: {month.observation ? formatCell(month.observation.value, measure.unit, measure.decimals) : 'no figure supplied'}
                {month.observation && tallyText(month.observation) ? ` (${tallyText(month.observation)})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The verdict's full sentence, shown; the badge already gives it to screen readers, so it is not read twice. */
function SpcText({ text }: { text: string }) {
  return (
    <span className="measure-headline__reason" aria-hidden="true">
      {text}
    </span>
  );
}

function CurrentFigure({ row, periodDue }: { row: ScorecardRow; periodDue: Period | null }) {
  const { measure, current, period } = row;
  if (current === null || period === null) {
    const due = periodDue ? ` No figure for ${periodName(periodDue)} has been supplied.` : ' No yearly figure has been published yet.';
    return (
      <p className="measure-headline__figure measure-headline__figure--none">
        <strong>No data for this quarter.</strong>
        {due} It is not rated or compared.
      </p>
    );
  }
  const value = current.value;
  const tally = tallyText(current);
  if (value.kind === 'special') {
    return (
      <p className="measure-headline__figure">
        <span className="measure-headline__value">{formatCell(value, measure.unit, measure.decimals)}</span> for {periodName(period)}. The figure is{' '}
        {specialMeaning(value.code)}, so it is not rated or compared, and it is never counted as zero.
        {current.note && <span className="measure-headline__note"> Note: {current.note}</span>}
      </p>
    );
  }
  return (
    <>
      <p className="measure-headline__figure">
        <span className="measure-headline__value">{formatCell(value, measure.unit, measure.decimals)}</span> in {periodName(period)}
        {tally && <span className="measure-headline__tally"> ({tally})</span>}
      </p>
      {value.flags.map((flag) => (
        <p key={flag} className="measure-headline__flag">
          [{flag}] {flagSentence(flag)}
        </p>
      ))}
      {current.note && <p className="measure-headline__note">Note: {current.note}</p>}
    </>
  );
}
