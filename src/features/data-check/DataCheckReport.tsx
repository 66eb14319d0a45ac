import { useMemo, useState } from 'react';
import type { Dataset, Severity } from '../../domain/types';
import { useNavigation } from '../../ui/navigation/ViewLink';
import { ProblemTable } from './ProblemTable';
import { countProblems } from '../../data/format-problem';
import { plural } from '../../domain/list-in-words';
import { saveBlob } from '../../ui/save-blob';
import { problemRows, readProblemSort, sortProblemRows, writeProblemSort, type SortKey } from './problem-table';
import { PROBLEMS_CSV_FILE, problemsCsv } from './problems-csv';
import './data-check.css';

type Shown = Severity | 'all';

/**
 * The officers' validation report: the same checks as `npm run scorecard -- validate`, as a table that sorts by
 * any column (kept in the link), with plain-English help on every problem and a CSV to work through.
 */
export function DataCheckReport({ dataset }: { dataset: Dataset }) {
  const { state, navigate } = useNavigation();
  const sort = useMemo(() => readProblemSort(state.sort), [state.sort]);
  const [shown, setShown] = useState<Shown>('all');
  const [status, setStatus] = useState('');
  const rows = useMemo(() => problemRows(dataset.problems), [dataset.problems]);
  const counts = useMemo(() => countProblems(dataset.problems), [dataset.problems]);
  const sorted = useMemo(
    () => sortProblemRows(shown === 'all' ? rows : rows.filter((row) => row.problem.severity === shown), sort),
    [rows, shown, sort],
  );

  if (rows.length === 0) {
    return (
      <p className="data-check__passed" role="status">
        All {plural(dataset.rowsRead, 'row', 'rows')} passed every check. There is nothing to fix.
      </p>
    );
  }

  const onSort = (next: { key: SortKey; direction: 'ascending' | 'descending' }) => navigate({ sort: writeProblemSort(next) }, { replace: true });

  function download() {
    // Made on demand and handed to the browser as a file: nothing leaves the computer.
    saveBlob(new Blob([problemsCsv(sorted)], { type: 'text/csv;charset=utf-8' }), PROBLEMS_CSV_FILE);
    setStatus(`Downloaded ${PROBLEMS_CSV_FILE}: ${plural(sorted.length, 'problem', 'problems')}.`);
  }

  const skipped = dataset.rowsRead - dataset.rowsKept;
  return (
    <div className="data-check">
      <section aria-labelledby="data-check-found">
        <h3 id="data-check-found">What the check found</h3>
        <ul className="data-check__counts">
          <li>{plural(counts.errors, 'error', 'errors')}</li>
          <li>{plural(counts.warnings, 'warning', 'warnings')}</li>
          <li>{plural(counts.notices, 'notice', 'notices')}</li>
          <li>
            {plural(dataset.rowsRead, 'row', 'rows')} read, {dataset.rowsKept} kept
            {skipped > 0 ? ` (${skipped} left out)` : ''}
          </li>
        </ul>
        <p>
          These are the same checks as <code>npm run scorecard -- validate</code>. An <strong>error</strong> means a row or a
          file was left out of the scorecard; a <strong>warning</strong> means a figure is shown as supplied but should be
          checked; a <strong>notice</strong> is for information. Every row without an error is shown.
        </p>
      </section>
      <section aria-labelledby="data-check-problems">
        <h3 id="data-check-problems">Every problem, with how to fix it</h3>
        <div className="data-check__tools">
          <div>
            <label htmlFor="data-check-shown">Show</label>
            <select id="data-check-shown" value={shown} onChange={(event) => setShown(event.target.value as Shown)}>
              <option value="all">All problems ({rows.length})</option>
              <option value="error">Errors only ({counts.errors})</option>
              <option value="warning">Warnings only ({counts.warnings})</option>
              <option value="notice">Notices only ({counts.notices})</option>
            </select>
          </div>
          <div>
            <button type="button" onClick={download} disabled={sorted.length === 0}>
              Download as CSV ({plural(sorted.length, 'problem', 'problems')} as shown)
            </button>
            <p className="data-check__status" role="status">
              {status}
            </p>
          </div>
        </div>
        <ProblemTable rows={sorted} sort={sort} onSort={onSort} />
      </section>
    </div>
  );
}
