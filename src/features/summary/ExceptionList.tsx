import { useState } from 'react';
import { areaName } from '../../domain/areas';
import { capitalise, formatCell } from '../../domain/format-value';
import { EXCEPTION_KINDS } from '../../domain/performance-summary-exceptions';
import type { ExceptionKind, SummaryException } from '../../domain/performance-summary-exceptions';
import { EXCEPTION_GROUP_TITLES, streakSentence } from '../../domain/performance-summary-text';
import { periodName } from '../../domain/periods';
import type { GlossaryEntry } from '../../domain/types';
import { Abbreviated } from '../../ui/Abbreviated';
import { DirectionArrow } from '../../ui/DirectionArrow';
import { RagBadge } from '../../ui/RagBadge';
import { AssuranceBadge, VariationBadge } from '../../ui/SpcVerdicts';
import { ViewLink } from '../../ui/navigation/ViewLink';
import { useHydrated } from '../../ui/use-hydrated';
import { useProgressiveCount } from '../../ui/use-progressive-count';

/**
 * Each kind's first measures shown at once. A directorate's scorecard has a handful of exceptions per kind; a
 * benchmarking club's thousand measures can have hundreds, which would bury "performance on a page" (and cost
 * the page a long first layout), so the rest wait behind a button.
 */
const FIRST_EXCEPTIONS_SHOWN = 12;
/** Added per background step once "Show all" is pressed, so the click answers in one short task. */
const MORE_PER_STEP = 48;

/** Red and getting worse first, then red, then getting worse: one entry per measure. */
export function ExceptionList({ exceptions, glossary }: { exceptions: readonly SummaryException[]; glossary: readonly GlossaryEntry[] }) {
  if (exceptions.length === 0) return <p>No measure is red or getting worse this quarter.</p>;
  return (
    <>
      {EXCEPTION_KINDS.map((kind) => {
        const group = exceptions.filter((e) => e.kind === kind);
        if (group.length === 0) return null;
        return <ExceptionGroup key={kind} kind={kind} group={group} glossary={glossary} />;
      })}
    </>
  );
}

function ExceptionGroup({ kind, group, glossary }: { kind: ExceptionKind; group: readonly SummaryException[]; glossary: readonly GlossaryEntry[] }) {
  const hydrated = useHydrated();
  const [showAll, setShowAll] = useState(false);
  const long = group.length > FIRST_EXCEPTIONS_SHOWN;
  const drawn = useProgressiveCount(showAll || !long ? group.length : FIRST_EXCEPTIONS_SHOWN, showAll, { first: FIRST_EXCEPTIONS_SHOWN, step: MORE_PER_STEP });
  const listId = `summary-exceptions-${kind}-list`;
  return (
    <section aria-labelledby={`summary-exceptions-${kind}`} className="summary-exceptions laid-out-when-near">
      <h4 id={`summary-exceptions-${kind}`}>
        {EXCEPTION_GROUP_TITLES[kind]} ({group.length})
      </h4>
      <ul className="summary-exceptions__list" id={listId}>
        {group.slice(0, drawn).map((exception) => (
          <ExceptionItem key={exception.row.measure.id} exception={exception} glossary={glossary} />
        ))}
      </ul>
      {long && (
        <p className="summary-exceptions__more">
          {showAll ? `All ${group.length} are shown, ` : `The first ${FIRST_EXCEPTIONS_SHOWN} of ${group.length} are shown, `}in scorecard order.{' '}
          <button type="button" aria-controls={listId} disabled={!hydrated} onClick={() => setShowAll(!showAll)}>
            {showAll ? `Show the first ${FIRST_EXCEPTIONS_SHOWN} only` : `Show all ${group.length}`}
          </button>
        </p>
      )}
    </section>
  );
}

function ExceptionItem({ exception, glossary }: { exception: SummaryException; glossary: readonly GlossaryEntry[] }) {
  const { row } = exception;
  const { measure } = row;
  const streak = streakSentence(exception);
  return (
    <li
      className="summary-exception"
      data-measure-id={measure.id}
      data-rag={row.rag.rag}
      data-dot={row.dot.judgement}
      data-variation={row.spc.variation.token}
      data-assurance={row.spc.assurance.token}
    >
      <p className="summary-exception__name">
        <span className="summary-exception__ref">{measure.id}</span>{' '}
        <ViewLink to={{ view: 'measure', measure: measure.id }}>
          <Abbreviated text={measure.title} glossary={glossary} />
        </ViewLink>
      </p>
      <p className="summary-exception__area">{areaName(measure.area)}</p>
      <p className="summary-exception__figure">
        {row.current && row.period ? (
          <>
            <span className="summary-exception__value">{formatCell(row.current.value, measure.unit, measure.decimals)}</span> in {periodName(row.period)}
          </>
        ) : (
          'No data for this quarter'
        )}
      </p>
      <p className="summary-exception__status">
        <RagBadge rag={row.rag.rag} title={row.rag.text} /> <DirectionArrow arrow={row.dot.arrow} judgement={row.dot.judgement} text={row.dot.text} />
      </p>
      <p className="summary-exception__spc">
        <VariationBadge verdict={row.spc.variation} /> <AssuranceBadge verdict={row.spc.assurance} />
      </p>
      {/* The badge says the rating; the words say why, without repeating it ("Not rated: ..."). */}
      <p className="summary-exception__reason">{capitalise(row.rag.why)}.</p>
      {streak && <p className="summary-exception__streak">{streak}</p>}
    </li>
  );
}
