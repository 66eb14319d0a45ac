import { formatCell } from '../../domain/format-value';
import { periodLabel } from '../../domain/periods';
import type { ScorecardRow } from '../../domain/scorecard-row';
import { areaName, groupByArea } from '../../domain/areas';
import { DirectionArrow } from '../../ui/DirectionArrow';
import { RagBadge } from '../../ui/RagBadge';

/** A plain list of every measure for the quarter with its value, RAG and direction of travel. */
export function MeasureList({ rows, quarterLabel }: { rows: readonly ScorecardRow[]; quarterLabel: string }) {
  return (
    <section aria-label={`Measures for ${quarterLabel}`}>
      {groupByArea(rows, (row) => row.measure.area).map(([area, areaRows]) => (
        <section key={area} aria-labelledby={`area-${area}`} className="measure-area">
          <h3 id={`area-${area}`}>{areaName(area)}</h3>
          <table className="measure-table">
            <caption className="visually-hidden">
              {areaName(area)} measures for {quarterLabel}: value, rating and direction of travel
            </caption>
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Measure</th>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Rating</th>
                <th scope="col">Direction of travel</th>
              </tr>
            </thead>
            <tbody>
              {areaRows.map((row) => (
                <MeasureRow key={row.measure.id} row={row} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}

function MeasureRow({ row }: { row: ScorecardRow }) {
  const { measure } = row;
  return (
    <tr data-measure-id={measure.id} data-rag={row.rag.rag} data-dot={row.dot.judgement}>
      <td>{measure.id}</td>
      <th scope="row" className="measure-table__title">
        {measure.title}
      </th>
      <td>{row.period ? periodLabel(row.period) : 'No data for this quarter'}</td>
      <td className="measure-table__value">{row.current ? formatCell(row.current.value, measure.unit, measure.decimals) : '-'}</td>
      <td>
        <RagBadge rag={row.rag.rag} title={row.rag.text} />
      </td>
      <td>
        <DirectionArrow arrow={row.dot.arrow} judgement={row.dot.judgement} text={row.dot.text} />
      </td>
    </tr>
  );
}
