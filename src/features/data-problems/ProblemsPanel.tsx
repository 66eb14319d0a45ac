import { countProblems, formatProblem } from '../../data/format-problem';
import { plural } from '../../domain/list-in-words';
import type { Problem } from '../../domain/types';
import { ViewLink, useNavigation } from '../../ui/navigation/ViewLink';

/**
 * Problems the loader reported, unobtrusive but never hidden: a count that opens into every problem,
 * each with its file, line and column, so an officer can fix the file. The good data stays on the page.
 * The data check view has the same problems as a sortable table with help on each.
 */
export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  const onDataCheck = useNavigation().state.view === 'data-check';
  if (problems.length === 0) return null;
  const { errors, warnings, notices } = countProblems(problems);
  const counts = ([[errors, 'error'], [warnings, 'warning'], [notices, 'notice']] as const)
    .filter(([count]) => count > 0)
    .map(([count, word]) => plural(count, word));
  return (
    <section className="problems" aria-labelledby="problems-heading">
      <details>
        <summary>
          <h2 id="problems-heading" className="problems__heading">
            Data problems: {counts.join(', ')}
          </h2>
        </summary>
        <p>Rows with errors were left out; every other row is shown. Fix the file named on each line and publish again.</p>
        <ul className="problems__list">
          {problems.map((problem, index) => (
            <li key={index} className={`problems__item problems__item--${problem.severity}`}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))}
        </ul>
      </details>
      {!onDataCheck && (
        <p className="problems__check">
          <ViewLink to={{ view: 'data-check' }}>Open the data check</ViewLink> to sort these problems, download them as a
          CSV and see how to fix each one.
        </p>
      )}
    </section>
  );
}
