import { movementWords } from '../../domain/performance-summary-text';
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
}

/** Red, amber, green and not rated per area, each count a link to those measures, with the change in words. */
export function RatingTallyTable({ areas, total, quarterLabel, previousLabel }: RatingTallyTableProps) {
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
            <TallyRow key={tally.area} tally={tally} previousLabel={previousLabel} />
          ))}
        </tbody>
        <tfoot>
          <TallyRow tally={total} previousLabel={previousLabel} />
        </tfoot>
      </table>
    </div>
  );
}

function TallyRow({ tally, previousLabel }: { tally: AreaTally; previousLabel: string }) {
  const { area } = tally;
  const where = area ? ` in ${tally.name}` : ' in all areas';
  return (
    <tr>
      <th scope="row">
        {tally.name}
        {!tally.movement && <span className="summary-tally__note">No data for {previousLabel} to compare with</span>}
      </th>
      {RAG_STATUSES.map((status) => (
        <td key={status} className={`summary-tally__count summary-tally__count--${status}`}>
          <CountLink count={tally.current[status]} to={{ view: 'scorecard', area, rag: [status] }} description={`${statusWord(status)} ${plural(tally.current[status])}${where}`} />
          {tally.movement && <span className="summary-tally__move">{movementWords(tally.movement.change[status], previousLabel)}</span>}
        </td>
      ))}
      <td className="summary-tally__count">
        <CountLink count={tally.current.total} to={{ view: 'scorecard', area }} description={`${plural(tally.current.total)}${where}`} />
      </td>
    </tr>
  );
}

const statusWord = (status: Rag) => RAG_TOKENS[status].label.toLowerCase();
const plural = (n: number) => (n === 1 ? 'measure' : 'measures');

/** The figure is the link's visible text; the hidden words make it make sense read on its own. */
function CountLink({ count, to, description }: { count: number; to: Parameters<typeof ViewLink>[0]['to']; description: string }) {
  if (count === 0) return <span className="summary-tally__figure">0</span>;
  return (
    <ViewLink to={to} className="summary-tally__figure">
      {count}
      <span className="visually-hidden"> {description}</span>
    </ViewLink>
  );
}
