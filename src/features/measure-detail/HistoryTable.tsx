import { RagBadge } from '../../ui/RagBadge';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { firstRowsOf, type HistoryRow } from './history-rows';

/** Every period's figure: the chart's text alternative, and the place to check any one month. */
export function HistoryTable({ rows, title }: { rows: readonly HistoryRow[]; title: string }) {
  const withTally = rows.some((row) => row.tally !== null);
  // Ten years of months: the newest rows come with the section, the older ones in the moments after.
  const shown = useProgressiveCount(rows.length, rows, firstRowsOf(rows.length));
  return (
    <div className="measure-detail__scroll" role="region" aria-labelledby="measure-history-caption" tabIndex={0}>
      <table className="measure-detail__table" aria-busy={shown < rows.length}>
        <caption id="measure-history-caption">{title}, newest first, with the target, tolerance and rating for each period’s year</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            {withTally && <th scope="col">Tally</th>}
            <th scope="col">Target</th>
            <th scope="col">Tolerance</th>
            <th scope="col">Rating</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.period}</th>
              <td className="measure-detail__number">{row.value}</td>
              {withTally && <td className="measure-detail__number">{row.tally ?? '-'}</td>}
              <td className="measure-detail__number">{row.target}</td>
              <td className="measure-detail__number">{row.tolerance}</td>
              <td>
                <RagBadge rag={row.rag.rag} title={row.rag.text} />
                {row.rag.rag === 'none' && <span className="measure-detail__why"> {row.rag.why}</span>}
              </td>
              <td>{row.notes.join('. ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
