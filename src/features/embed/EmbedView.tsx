import { useEffect } from 'react';
import { areaName } from '../../domain/areas';
import { formatCell, formatNumber } from '../../domain/format-value';
import { financialQuarterKey, financialQuarterLabel, periodName } from '../../domain/periods';
import type { ScorecardRow } from '../../domain/scorecard';
import type { Dataset, FinancialQuarter, GlossaryEntry, Observation } from '../../domain/types';
import { Abbreviated } from '../../ui/Abbreviated';
import { DirectionArrow } from '../../ui/DirectionArrow';
import { RagBadge } from '../../ui/RagBadge';
import { AssuranceBadge, VariationBadge } from '../../ui/SpcVerdicts';
import { DEFAULT_URL_STATE, writeUrlState } from '../../ui/navigation/url-state';
import './embed.css';

interface EmbedViewProps {
  rows: readonly ScorecardRow[];
  dataset: Dataset;
  quarter: FinancialQuarter;
  glossary: readonly GlossaryEntry[];
  measure: string | null;
  area: string | null;
}

/**
 * One measure's card, or one area's cards, for another site's page (the member newsletter) to show in an
 * iframe. Everything it needs is in its address: no cookies, no storage, so it works from any origin.
 */
export function EmbedView({ rows, dataset, quarter, glossary, measure, area }: EmbedViewProps) {
  useReportHeight();
  const quarterLabel = financialQuarterLabel(quarter);
  const authority = dataset.settings.authorityName ?? 'Children and Young People’s Services';
  const single = measure ? rows.find((row) => row.measure.id === measure) : undefined;
  const areaRows = !measure && area ? rows.filter((row) => row.measure.area === area) : [];

  if (!single && areaRows.length === 0) return <EmbedHelp authority={authority} measure={measure} area={area} example={rows[0]} />;

  const shown = single ? [single] : areaRows;
  const what = single ? `${single.measure.id}: ${single.measure.title}` : areaName(area ?? '');
  const full = fullScorecardUrl(quarter, single ? { view: 'measure', measure: single.measure.id } : { view: 'scorecard', area });
  return (
    <div className="embed">
      <h1 className="embed__heading">
        {single ? <Abbreviated text={what} glossary={glossary} /> : what}, {quarterLabel}
        <span className="embed__authority"> · {authority}</span>
      </h1>
      <ul className={single ? 'embed__cards embed__cards--single' : 'embed__cards'}>
        {shown.map((row) => (
          <EmbedCard key={row.measure.id} row={row} glossary={glossary} />
        ))}
      </ul>
      <p className="embed__more">
        <a href={full} target="_blank" rel="noopener">
          Open the full scorecard<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}

function EmbedCard({ row, glossary }: { row: ScorecardRow; glossary: readonly GlossaryEntry[] }) {
  const { measure, current, period, rag, dot, spc } = row;
  const national = row.benchmarks?.national;
  return (
    <li
      className="embed-card"
      data-measure-id={measure.id}
      data-rag={rag.rag}
      data-dot={dot.judgement}
      data-variation={spc.variation.token}
      data-assurance={spc.assurance.token}
    >
      <h2 className="embed-card__title">
        <span className="embed-card__ref">{measure.id}</span> <Abbreviated text={measure.title} glossary={glossary} />
      </h2>
      <p className="embed-card__figure">
        {current && period ? (
          <>
            <span className="embed-card__value">{formatCell(current.value, measure.unit, measure.decimals)}</span> in {periodName(period)}
            <TallyWords observation={current} />
          </>
        ) : row.noDataForQuarter ? (
          'No data for this quarter'
        ) : (
          'No figure published yet'
        )}
      </p>
      <p className="embed-card__status">
        <RagBadge rag={rag.rag} title={rag.text} /> <DirectionArrow arrow={dot.arrow} judgement={dot.judgement} text={dot.text} />
      </p>
      <p className="embed-card__spc">
        <VariationBadge verdict={spc.variation} /> <AssuranceBadge verdict={spc.assurance} />
      </p>
      {national && national.value.kind === 'number' && (
        <p className="embed-card__benchmark">
          England {national.year}: {formatCell(national.value, measure.unit, measure.decimals)}
          {national.judgement && ` (${national.judgement})`}
        </p>
      )}
    </li>
  );
}

/** "57 of 67" behind a rate, only when both counts are figures: a suppressed [c] count never shows a tally. */
function TallyWords({ observation }: { observation: Observation }) {
  const { value, numerator, denominator } = observation;
  if (value.kind !== 'number' || numerator.kind !== 'number' || denominator.kind !== 'number') return null;
  const count = (cell: typeof numerator) => formatNumber(cell, 'number', Math.min(3, cell.decimal.split('.')[1]?.length ?? 0));
  return <span className="embed-card__tally"> ({count(numerator)} of {count(denominator)})</span>;
}

/** What the frame says when its address does not name a measure or area in the data. */
function EmbedHelp({ authority, measure, area, example }: { authority: string; measure: string | null; area: string | null; example: ScorecardRow | undefined }) {
  const asked = measure ? `There is no measure "${measure}" in this scorecard.` : area ? `There is no service area "${area}" in this scorecard.` : 'This embed does not say which measure or service area to show.';
  const id = example?.measure.id ?? 'EH01';
  const slug = example?.measure.area ?? 'send';
  return (
    <div className="embed embed--help">
      <h1 className="embed__heading">{authority} scorecard</h1>
      <p>{asked}</p>
      <p>Add one of these to the address:</p>
      <ul>
        <li>
          <code>?view=embed&amp;measure={id}</code> for one measure
        </li>
        <li>
          <code>?view=embed&amp;area={slug}</code> for every measure in a service area
        </li>
      </ul>
      <p>
        Optionally add <code>&amp;quarter=2024-25-Q3</code> for a particular quarter.
      </p>
    </div>
  );
}

/** The full scorecard's address, absolute (relative links would resolve fine, but the snippet may be read out of context). */
function fullScorecardUrl(quarter: FinancialQuarter, to: { view: 'measure' | 'scorecard'; measure?: string; area?: string | null }): string {
  const search = writeUrlState({ ...DEFAULT_URL_STATE, quarter: financialQuarterKey(quarter), ...to });
  return new URL(search || '?', window.location.href).href;
}

/**
 * Tells the page around the frame how tall the content is, so a host that listens can size the iframe
 * exactly (`{ type: 'scorecard-embed-height', height }`). Only a number is sent, so any origin may hear it.
 */
function useReportHeight() {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    const send = () => window.parent.postMessage({ type: 'scorecard-embed-height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, []);
}
