import { formatProblem } from '../../data/format-problem';
import type { Problem } from '../../domain/types';

const PLURAL = { error: 'errors', warning: 'warnings', notice: 'notices' } as const;

/**
 * Problems the loader reported, unobtrusive but never hidden: a count that opens into every problem,
 * each with its file, line and column, so an officer can fix the file. The good data stays on the page.
 */
export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const counts = (['error', 'warning', 'notice'] as const)
    .map((severity) => [severity, problems.filter((problem) => problem.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${count === 1 ? severity : PLURAL[severity]}`);
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
    </section>
  );
}
