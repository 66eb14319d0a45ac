import type { Commentary } from '../../domain/types';
import { financialQuarterLabel, financialQuarterOf, periodName } from '../../domain/periods';

/** Officers' explanations, newest first, each with the period it is about. */
export function CommentaryList({ commentary }: { commentary: readonly Commentary[] }) {
  return (
    <section className="measure-detail__section" aria-labelledby="measure-commentary">
      <h3 id="measure-commentary">Officer commentary</h3>
      {commentary.length === 0 ? (
        <p>No commentary has been supplied for this measure.</p>
      ) : (
        <ol className="measure-commentary">
          {commentary.map((comment) => (
            <li key={`${comment.period.end}-${comment.text}`}>
              <h4>
                {periodName(comment.period)}
                {comment.period.kind === 'month' && ` (${financialQuarterLabel(financialQuarterOf(comment.period.end))})`}
              </h4>
              <p>{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
