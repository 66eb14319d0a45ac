import { nextSort, type ProblemRow, type ProblemSort, type SortKey } from './problem-table';
import { SeverityBadge } from './SeverityBadge';
import { WHOLE_ROW } from '../../data/file-problems';
import { plural } from '../../domain/list-in-words';

/** More rows than this would make the page slow to use; the CSV always has them all. */
export const MOST_ROWS_SHOWN = 1000;

const HEADINGS: ReadonlyArray<{ key: SortKey; label: string }> = [
  { key: 'file', label: 'File' },
  { key: 'line', label: 'Line' },
  { key: 'column', label: 'Column' },
  { key: 'severity', label: 'Severity' },
  { key: 'message', label: 'Problem and how to fix it' },
  { key: 'cell', label: 'Cell as written' },
];

/** How the caption says the table is sorted: [ascending, descending]. */
const SORTED_BY: Record<SortKey, readonly [string, string]> = {
  file: ['by file, in the order the files are read, then by line', 'by file, last file first, then by line'],
  line: ['by line, first line first', 'by line, last line first'],
  column: ['by column, A to Z', 'by column, Z to A'],
  severity: ['by severity, errors first', 'by severity, notices first'],
  message: ['by problem, A to Z', 'by problem, Z to A'],
  cell: ['by the cell as written, A to Z', 'by the cell as written, Z to A'],
};

interface ProblemTableProps {
  rows: readonly ProblemRow[];
  sort: ProblemSort;
  onSort(sort: ProblemSort): void;
}

/** One row per problem; each column heading is a button that sorts by it (and the other way when pressed again). */
export function ProblemTable({ rows, sort, onSort }: ProblemTableProps) {
  const shown = rows.slice(0, MOST_ROWS_SHOWN);
  return (
    <div className="data-check__table-wrap">
      <table className="data-check__table">
        <caption>
          {plural(rows.length, 'problem', 'problems')}, sorted {SORTED_BY[sort.key][sort.direction === 'ascending' ? 0 : 1]}
        </caption>
        <thead>
          <tr>
            {HEADINGS.map(({ key, label }) => {
              const active = sort.key === key;
              return (
                <th key={key} scope="col" aria-sort={active ? sort.direction : undefined}>
                  <button type="button" className="data-check__sort" onClick={() => onSort(nextSort(sort, key))}>
                    {label}
                    <span className="data-check__sort-arrow" aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map(({ problem, help, order }) => (
            <tr key={order} className={`data-check__row data-check__row--${problem.severity}`}>
              <td>{problem.file}</td>
              <td className="data-check__line">{problem.line === 0 ? 'whole file' : problem.line}</td>
              <td>{problem.column !== WHOLE_ROW ? problem.column : problem.line === 0 ? '-' : 'whole row'}</td>
              <td>
                <SeverityBadge severity={problem.severity} />
              </td>
              <td>
                <p className="data-check__message">{problem.message}</p>
                <p className="data-check__help">{help.explanation}</p>
                <p className="data-check__fix">
                  <strong>To fix:</strong> {help.fix}
                </p>
              </td>
              <td className="data-check__cell">
                {problem.cell === undefined ? '-' : problem.cell === '' ? <em>empty</em> : <code>{problem.cell}</code>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p className="data-check__more">
          The first {MOST_ROWS_SHOWN} of {rows.length} problems are shown here; the CSV download has them all.
        </p>
      )}
    </div>
  );
}
