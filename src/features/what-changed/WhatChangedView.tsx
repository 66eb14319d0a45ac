import { useMemo, type ReactNode } from 'react';
import type { DatasetIndex } from '../../domain/scorecard';
import type { FinancialQuarter, GlossaryEntry } from '../../domain/types';
import { whatChanged, type WhatChanged } from '../../domain/what-changed';
import { MEMBER_SECTIONS, OFFICER_SECTIONS, SECTION_TITLES, checksLead, quarterLead, type WhatChangedSection } from '../../domain/what-changed-text';
import { ViewLink } from '../../ui/navigation/ViewLink';
import { DirectionTurnList, MeasureList, RagChangeList } from './ChangeLists';
import { RevisionTable, TargetChangeTable } from './CheckTables';
import './what-changed.css';

export interface WhatChangedViewProps {
  index: DatasetIndex;
  /** The published data while new files are previewed; null when the published data itself is shown. */
  publishedIndex: DatasetIndex | null;
  quarter: FinancialQuarter;
  glossary: readonly GlossaryEntry[];
}

/**
 * What changed since the quarter before. Members (the published data) see the quarter's own movements; an
 * officer previewing new files also sees what only a comparison with the published data shows, restated
 * figures first. Every list is shown even when empty ("None"), so the reader knows it was checked.
 *
 * No element here carries the data-measure-id hooks: each item is a change that mentions a measure, and one
 * measure can appear in several lists (green to red is both newly red and a rating change, and its direction may
 * have turned too), so no single element is "the" measure; the links lead to the measure page, which has them.
 */
export function WhatChangedView({ index, publishedIndex, quarter, glossary }: WhatChangedViewProps) {
  const report = useMemo(() => whatChanged({ before: publishedIndex, after: index }, quarter), [publishedIndex, index, quarter]);
  const lead = useMemo(() => quarterLead(report, index), [report, index]);
  const previewing = publishedIndex !== null;
  const sections = previewing ? OFFICER_SECTIONS : MEMBER_SECTIONS;
  return (
    <div className="what-changed">
      <div className="what-changed__lead">
        {previewing && <p className="what-changed__checks">{checksLead(report)}</p>}
        <p>{lead}</p>
      </div>
      {sections.map((section) => (
        <Section key={section} section={section} count={report[section].length}>
          {contentOf(report, section, glossary)}
        </Section>
      ))}
      {!previewing && (
        <p className="what-changed__more">
          Restated figures, new and retired measures are found by comparing new files with the published data:{' '}
          <ViewLink to={{ view: 'preview' }}>Preview new data files</ViewLink>.
        </p>
      )}
    </div>
  );
}

function contentOf(report: WhatChanged, section: WhatChangedSection, glossary: readonly GlossaryEntry[]): ReactNode {
  switch (section) {
    case 'revisions':
      return <RevisionTable revisions={report.revisions} glossary={glossary} />;
    case 'newReds':
    case 'ragChanges':
      return <RagChangeList changes={report[section]} previousQuarter={report.previousQuarter} glossary={glossary} />;
    case 'directionTurned':
      return <DirectionTurnList report={report} glossary={glossary} />;
    case 'targetChanges':
      return <TargetChangeTable changes={report.targetChanges} glossary={glossary} />;
    case 'newMeasures':
      return <MeasureList measures={report.newMeasures} linked glossary={glossary} />;
    case 'retiredMeasures':
      // A retired measure is not in the new data, so it has no measure page to link to.
      return <MeasureList measures={report.retiredMeasures} linked={false} glossary={glossary} />;
  }
}

function Section({ section, count, children }: { section: WhatChangedSection; count: number; children: ReactNode }) {
  const id = `what-changed-${section}`;
  return (
    <section aria-labelledby={id} className={`what-changed__section what-changed__section--${section}`}>
      <h3 id={id}>
        {SECTION_TITLES[section]} ({count})
      </h3>
      {count === 0 ? <p className="what-changed__none">None.</p> : children}
    </section>
  );
}
