import { financialQuarterLabel } from '../../domain/periods';
import { queryEmailHref } from '../../domain/query-email';
import type { ScorecardRow } from '../../domain/scorecard-row';

/** A pre-filled e-mail to the Governance Advisor; without an address, says so rather than offering a dead link. */
export function QueryLink({ row, queryEmail }: { row: ScorecardRow; queryEmail: string | null }) {
  const href = queryEmailHref(queryEmail, row);
  return (
    <section className="measure-detail__section" aria-labelledby="measure-query">
      <h3 id="measure-query">Raise a query about this measure</h3>
      {href ? (
        <>
          <p>
            Your e-mail program opens with a message to {queryEmail} that already names this measure and its figures for {financialQuarterLabel(row.quarter)}. Add
            your question and send it.
          </p>
          <p>
            <a className="measure-detail__query" href={href}>
              E-mail a query about {row.measure.id} to {queryEmail}
            </a>
          </p>
        </>
      ) : (
        <p>
          Who to contact with a query has not been set up for this scorecard (the data has no query e-mail address). Please ask the council’s Governance
          Advisor or your usual officer contact.
        </p>
      )}
    </section>
  );
}
