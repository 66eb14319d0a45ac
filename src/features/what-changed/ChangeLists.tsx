import type { ReactNode } from 'react';
import { financialQuarterLabel, periodName } from '../../domain/periods';
import type { FinancialQuarter, GlossaryEntry } from '../../domain/types';
import type { MeasureListed, RagChange, RatedAt, WhatChanged } from '../../domain/what-changed';
import { quarterMonthsWords } from '../../domain/what-changed-text';
import { Abbreviated } from '../../ui/Abbreviated';
import { DirectionArrow } from '../../ui/DirectionArrow';
import { RagBadge } from '../../ui/RagBadge';
import { ViewLink } from '../../ui/navigation/ViewLink';

/** The measure's reference and its title; the title links to its page when the measure is in the data shown. */
export function MeasureName({ id, title, linked = true, glossary }: { id: string; title: string; linked?: boolean; glossary: readonly GlossaryEntry[] }) {
  return (
    <span className="what-changed__name">
      <span className="what-changed__ref">{id}</span>{' '}
      {linked ? (
        <ViewLink to={{ view: 'measure', measure: id }}>
          <Abbreviated text={title} glossary={glossary} />
        </ViewLink>
      ) : (
        <Abbreviated text={title} glossary={glossary} />
      )}
    </span>
  );
}

/** One change: the measure it is about, then what moved. */
function ChangeItem({ id, title, glossary, children }: { id: string; title: string; glossary: readonly GlossaryEntry[]; children: ReactNode }) {
  return (
    <li className="what-changed__item">
      <MeasureName id={id} title={title} glossary={glossary} />
      <span className="what-changed__move">{children}</span>
    </li>
  );
}

function Rated({ rated, previousQuarter }: { rated: RatedAt; previousQuarter: FinancialQuarter | null }) {
  if (rated.period === null) {
    return <span>no figure for {previousQuarter ? quarterMonthsWords(previousQuarter) : 'the quarter'}</span>;
  }
  return (
    <span className="what-changed__rated">
      <RagBadge rag={rated.rag} /> {rated.figure} in {periodName(rated.period)}
    </span>
  );
}

/** Ratings that moved (or newly red): was, then now, each with its badge (word and shape), figure and period. */
export function RagChangeList({ changes, previousQuarter, glossary }: { changes: readonly RagChange[]; previousQuarter: FinancialQuarter | null; glossary: readonly GlossaryEntry[] }) {
  return (
    <ul className="what-changed__list">
      {changes.map((change) => (
        <ChangeItem key={change.measureId} id={change.measureId} title={change.title} glossary={glossary}>
          <span>
            Was <Rated rated={change.from} previousQuarter={previousQuarter} />;
          </span>{' '}
          <span>
            now <Rated rated={change.to} previousQuarter={previousQuarter} />.
          </span>
        </ChangeItem>
      ))}
    </ul>
  );
}

/** Directions of travel that turned between improving and declining: each quarter's arrow with its words. */
export function DirectionTurnList({ report, glossary }: { report: WhatChanged; glossary: readonly GlossaryEntry[] }) {
  const then = report.previousQuarter ? financialQuarterLabel(report.previousQuarter) : '';
  const now = report.quarter ? financialQuarterLabel(report.quarter) : '';
  return (
    <ul className="what-changed__list">
      {report.directionTurned.map((turn) => (
        <ChangeItem key={turn.measureId} id={turn.measureId} title={turn.title} glossary={glossary}>
          <span className="what-changed__dot">
            {then}: <DirectionArrow arrow={turn.fromDot.arrow} judgement={turn.fromDot.judgement} text={turn.fromDot.text} />
          </span>
          <span className="what-changed__dot">
            {now}: <DirectionArrow arrow={turn.toDot.arrow} judgement={turn.toDot.judgement} text={turn.toDot.text} />
          </span>
        </ChangeItem>
      ))}
    </ul>
  );
}

export function MeasureList({ measures, linked, glossary }: { measures: readonly MeasureListed[]; linked: boolean; glossary: readonly GlossaryEntry[] }) {
  return (
    <ul className="what-changed__list what-changed__list--plain">
      {measures.map((m) => (
        <li key={m.measureId}>
          <MeasureName id={m.measureId} title={m.title} linked={linked} glossary={glossary} />
        </li>
      ))}
    </ul>
  );
}
