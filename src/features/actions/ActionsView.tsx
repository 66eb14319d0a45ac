import { useMemo, type ReactNode } from 'react';
import {
  BRAG_MEANINGS,
  BRAG_STATUSES,
  countOverdue,
  isOverdue,
  longDate,
  overdueReferenceDate,
  summariseActions,
  type Action,
  type ActionPlanSummary,
  type BragCounts,
  type PriorityGroup,
  type ReferenceDate,
} from '../../domain/actions';
import { BUILT_IN_GLOSSARY, mergeGlossary } from '../../domain/glossary';
import { plural } from '../../domain/list-in-words';
import type { Dataset, GlossaryEntry } from '../../domain/types';
import { Abbreviated } from '../../ui/Abbreviated';
import { BRAG_TOKENS } from '../../ui/tokens';
import { BragBadge } from './BragBadge';
import './actions.css';


/** "Blue (complete)": the word members see on the badge, for counts and headers. */
const statusName = (status: keyof BragCounts) => `${BRAG_TOKENS[status].label} (${BRAG_MEANINGS[status]})`;

function OverdueRule({ reference }: { reference: ReferenceDate | null }) {
  if (!reference) {
    return <p>Overdue actions are not flagged, because settings.csv gives no data date (or approval date) written as YYYY-MM-DD.</p>;
  }
  const what = reference.source === 'data_date' ? 'the date this data was extracted' : 'the date this scorecard was approved';
  return (
    <p>
      An action is marked <strong>overdue</strong> when its due date is before {longDate(reference.date)}, {what}, and it is not yet complete.
    </p>
  );
}

function StatusTable({ summary, reference }: { summary: ActionPlanSummary; reference: ReferenceDate | null }) {
  const row = (label: ReactNode, counts: BragCounts, actions: readonly Action[], key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {BRAG_STATUSES.map((status) => (
        <td key={status} className="brag-counts__number" data-label={statusName(status)}>
          {counts[status]}
        </td>
      ))}
      <td className="brag-counts__number" data-label="All actions">
        {actions.length}
      </td>
      <td className="brag-counts__number" data-label="Overdue">
        {countOverdue(actions, reference)}
      </td>
    </tr>
  );
  const all = summary.groups.flatMap((group) => group.actions);
  return (
    <table className="brag-counts">
      <caption>Actions by priority and status</caption>
      <thead>
        <tr>
          <th scope="col">Priority</th>
          {BRAG_STATUSES.map((status) => (
            <th key={status} scope="col">
              <BragBadge status={status} />
            </th>
          ))}
          <th scope="col">All actions</th>
          <th scope="col">Overdue</th>
        </tr>
      </thead>
      <tbody>
        {summary.groups.map((group, i) => row(<a href={`#priority-${i + 1}`}>{group.priority}</a>, group.counts, group.actions, group.priority))}
      </tbody>
      <tfoot>{row('All priorities', summary.counts, all, 'all')}</tfoot>
    </table>
  );
}

/** "3 actions: 1 Blue (complete), 2 Red (significant risk). 1 overdue." Statuses with none are left out. */
function tally(group: PriorityGroup, overdueCount: number): string {
  const parts = BRAG_STATUSES.filter((status) => group.counts[status] > 0).map((status) => `${group.counts[status]} ${statusName(status)}`);
  const overdue = overdueCount > 0 ? ` ${overdueCount} overdue.` : '';
  return `${plural(group.actions.length, 'action', 'actions')}: ${parts.join(', ')}.${overdue}`;
}

function PrioritySection({ group, position, reference, glossary }: { group: PriorityGroup; position: number; reference: ReferenceDate | null; glossary: readonly GlossaryEntry[] }) {
  const id = `priority-${position}`;
  const overdueCount = countOverdue(group.actions, reference);
  return (
    <section className="action-priority" id={id} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <Abbreviated text={group.priority} glossary={glossary} />
      </h3>
      <p className="action-priority__tally">{tally(group, overdueCount)}</p>
      <table className="action-table">
        <caption className="visually-hidden">Actions for {group.priority}</caption>
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Action</th>
            <th scope="col">Lead</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Latest update</th>
          </tr>
        </thead>
        <tbody>
          {group.actions.map((action) => {
            const overdue = isOverdue(action, reference);
            return (
              <tr key={action.ref} data-action-ref={action.ref} data-brag={action.status} data-overdue={overdue ? 'true' : 'false'}>
                <th scope="row" className="action-table__ref">
                  {action.ref}
                </th>
                <td>
                  <Abbreviated text={action.action} glossary={glossary} />
                </td>
                <td>{action.lead ?? <span className="action-table__none">Not given</span>}</td>
                <td className="action-table__due">
                  {longDate(action.due)}
                  {overdue && <strong className="overdue-flag">Overdue</strong>}
                </td>
                <td>
                  <BragBadge status={action.status} />
                </td>
                <td>{action.update === null ? <span className="action-table__none">No update given</span> : <Abbreviated text={action.update} glossary={glossary} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The action plan tracker: actions.csv grouped by priority, with BRAG counts and overdue actions flagged. */
export function ActionsView({ dataset }: { dataset: Dataset }) {
  const summary = useMemo(() => summariseActions(dataset.actions), [dataset.actions]);
  const glossary = useMemo(() => mergeGlossary(BUILT_IN_GLOSSARY, dataset.glossary), [dataset.glossary]);
  const reference = overdueReferenceDate(dataset.settings);

  if (summary.total === 0) {
    return <p>actions.csv has no action that could be read. The data problems below say what to correct.</p>;
  }
  return (
    <div className="actions-view">
      <p>
        {plural(summary.total, 'action', 'actions')} in {plural(summary.groups.length, 'priority', 'priorities')}. Each action's status uses{' '}
        <strong>BRAG</strong>: {BRAG_STATUSES.map((status) => `${BRAG_TOKENS[status].label} = ${BRAG_MEANINGS[status]}`).join(', ')}. This is
        separate from the red, amber, green rating of measures.
      </p>
      <OverdueRule reference={reference} />
      <StatusTable summary={summary} reference={reference} />
      {summary.groups.map((group, i) => (
        <PrioritySection key={group.priority} group={group} position={i + 1} reference={reference} glossary={glossary} />
      ))}
    </div>
  );
}
