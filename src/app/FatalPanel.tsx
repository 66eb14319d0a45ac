import type { Problem } from '../domain/types';
import { formatProblem } from '../data/format-problem';

/** The one fatal case: without measures.csv there is nothing to show, so say what to supply. */
export function MissingMeasuresPanel({ problems }: { problems: readonly Problem[] }) {
  return (
    <section className="fatal" role="alert" aria-labelledby="fatal-heading">
      <h2 id="fatal-heading">The scorecard cannot be shown</h2>
      <p>
        The data folder has no usable <code>measures.csv</code>, the file that lists every measure. Publish the data folder with a{' '}
        <code>measures.csv</code> (one row per measure: id, area, title, unit, polarity, frequency) and reload this page.
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The data could not be fetched or read at all (network down, server error): say so and offer a retry. */
export function LoadFailedPanel({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <section className="fatal" role="alert" aria-labelledby="load-failed-heading">
      <h2 id="load-failed-heading">The scorecard data could not be loaded</h2>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
