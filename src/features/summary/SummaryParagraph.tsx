import type { SummaryPart } from '../../domain/performance-summary-text';
import type { GlossaryEntry } from '../../domain/types';
import { Abbreviated } from '../../ui/Abbreviated';
import { ViewLink } from '../../ui/navigation/ViewLink';

/** A generated paragraph: each count links to the scorecard filtered to its measures, each name to its measure. */
export function SummaryParagraph({ parts, glossary }: { parts: readonly SummaryPart[]; glossary: readonly GlossaryEntry[] }) {
  return (
    <p className="summary__paragraph">
      {parts.map((part, i) => {
        if (part.kind === 'measure') {
          return (
            <ViewLink key={i} to={{ view: 'measure', measure: part.measureId }}>
              <Abbreviated text={part.text} glossary={glossary} />
            </ViewLink>
          );
        }
        // Nothing stands behind a count of none, so it is not a link.
        if (part.kind === 'count' && part.count > 0) {
          return (
            <ViewLink key={i} to={{ view: 'scorecard', ...part.filter }}>
              {part.text}
              {part.description && <span className="visually-hidden"> ({part.description})</span>}
            </ViewLink>
          );
        }
        return part.text;
      })}
    </p>
  );
}
