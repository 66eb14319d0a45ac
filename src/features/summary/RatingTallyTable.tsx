import { movementWords, previousCountWords } from '../../domain/performance-summary-text';
import { RAG_STATUSES } from '../../domain/performance-summary-tally';
import type { AreaTally } from '../../domain/performance-summary-tally';
import type { Rag } from '../../domain/rag-for';
import { RagBadge } from '../../ui/RagBadge';
import { ViewLink } from '../../ui/navigation/ViewLink';
import { RAG_TOKENS } from '../../ui/tokens';

interface RatingTallyTableProps {
  areas: readonly AreaTally[];
  total: AreaTally;
  quarterLabel: string;
  previousLabel: string;
  /** The previous quarter as in the address ("2024-25-Q2"): each movement links to its scorecard. */
  previousKey: string;
}

/**
 * Red, amber, green and not rated per area, each count a link to those measures, with the change in words, each
 * change a link to the previous quarter's measures it is counted from. On a phone each area becomes a card.
 */
export function RatingTallyTable({ areas, total, quarterLabel, previousLabel, previousKey }: RatingTallyTableProps) {
  const previous = { label: previousLabel, key: previousKey };
  return (
    <div className="summary-tally__scroll">
      <table className="summary-tally">
        <caption>
          How many measures in each service area are red, amber, green or not rated in {quarterLabel}, and the change since {previousLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">Service area</th>
            {RAG_STATUSES.map((status) => (
              <th key={status} scope="col">
                <RagBadge rag={status} />
              </th>
            ))}
            <th scope="col">All measures</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((tally) => (
            <TallyRow key={tally.area} tally={tally} previous={previous} />
          ))}
        </tbody>
        <tfoot>
          <TallyRow tally={total} previous={previous} />
        </tfoot>
      </table>
    </div>
  );
}

function TallyRow({ tally, previous }: { tally: AreaTally; previous: { label: string; key: string } }) {
  const { area, movement } = tally;
  const where = area ? ` in ${tally.name}` : ' in all areas';
  return (
    <tr>
      <th scope="row">
        {tally.name}
        {!movement && <span className="summary-tally__note">No data for {previous.label} to compare with</span>}
      </th>
      {RAG_STATUSES.map((status) => (
        <td key={status} className={`summary-tally__count summary-tally__count--${status}`} data-label={RAG_TOKENS[status].label}>
          <CountLink count={tally.current[status]} to={{ view: 'scorecard', area, rag: [status] }} description={`${statusWord(status)} ${plural(tally.current[status])}${where}`} />
          {movement && (
            <MoveLink
              words={movementWords(movement.change[status], previous.label)}
              when={previous.label}
              count={movement.previous[status]}
              to={{ view: 'scorecard', quarter: previous.key, area, rag: [status] }}
              description={previousCountWords(previous.label, movement.previous[status], status, area ? tally.name : '')}
            />
          )}
        </td>
      ))}
      <td className="summary-tally__count" data-label="All measures">
        <CountLink count={tally.current.total} to={{ view: 'scorecard', area }} description={`${plural(tally.current.total)}${where}`} />
      </td>
    </tr>
  );
}

const statusWord = (status: Rag) => RAG_TOKENS[status].label.toLowerCase();
const plural = (n: number) => (n === 1 ? 'measure' : 'measures');

type To = Parameters<typeof ViewLink>[0]['to'];

/** The figure is the link's visible text; the hidden words make it make sense read on its own. */
function CountLink({ count, to, description }: { count: number; to: To; description: string }) {
  if (count === 0) return <span className="summary-tally__figure">0</span>;
  return (
    <ViewLink to={to} className="summary-tally__figure">
      {count}
      <span className="visually-hidden"> {description}</span>
    </ViewLink>
  );
}

/** "down 2 since 2024-25 Q2", a link to the previous quarter's measures it counts from (none there: no link). */
function MoveLink({ words, when, count, to, description }: { words: string; when: string; count: number; to: To; description: string }) {
  // The quarter ("2024-25 Q2") never breaks across lines.
  const text = words.endsWith(when) ? (
    <>
      {words.slice(0, -when.length)}
      <span className="summary-tally__when">{when}</span>
    </>
  ) : (
    words
  );
  if (count === 0) return <span className="summary-tally__move">{text}</span>;
  return (
    <ViewLink to={to} className="summary-tally__move">
      {text}
      <span className="visually-hidden"> ({description})</span>
    </ViewLink>
  );
}

