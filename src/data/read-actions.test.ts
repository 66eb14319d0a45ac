// actions.csv: an action plan's actions with their BRAG status (an optional addition to the contract).
import { describe, expect, it } from 'vitest';
import { load } from './test-support';

const HEADER = 'ref,priority,action,lead,due,status,update';
const actions = (...rows: string[]) => load({ 'actions.csv': [HEADER, ...rows].join('\n') + '\n' }, 'actions.csv');

describe('actions.csv', () => {
  it('reads each action, with lead and update optional, and lists the file as present', () => {
    const { dataset, problems } = actions(
      '1.1,Priority 1: EHC plans,Agree one EHC plan template,Head of SEND,2025-03-31,Green,"Drafted, with parents"',
      '1.2,Priority 1: EHC plans,Audit plans,,2024-12-31,amber,',
    );
    expect(problems).toEqual([]);
    expect(dataset.actions).toEqual([
      {
        ref: '1.1',
        priority: 'Priority 1: EHC plans',
        action: 'Agree one EHC plan template',
        lead: 'Head of SEND',
        due: '2025-03-31',
        status: 'green',
        update: 'Drafted, with parents',
      },
      { ref: '1.2', priority: 'Priority 1: EHC plans', action: 'Audit plans', lead: null, due: '2024-12-31', status: 'amber', update: null },
    ]);
    expect(dataset.filesPresent).toContain('actions.csv');
    // 7 measures from the shared fixture, plus the 2 actions.
    expect([dataset.rowsRead, dataset.rowsKept]).toEqual([7 + 2, 7 + 2]);
  });

  it('reads the status as a colour or as its meaning, in any capitals and spacing', () => {
    const { dataset, problems } = actions(
      'a,P,x,,2025-01-01,BLUE,',
      'b,P,x,,2025-01-01,Complete,',
      'c,P,x,,2025-01-01,completed,',
      'd,P,x,,2025-01-01,On  Track,',
      'e,P,x,,2025-01-01,at risk,',
      'f,P,x,,2025-01-01,Significant risk,',
      'g,P,x,,2025-01-01,Not started,',
      'h,P,x,,2025-01-01,gray,',
      'i,P,x,,2025-01-01, Red ,',
    );
    expect(problems).toEqual([]);
    expect(dataset.actions.map((action) => action.status)).toEqual(['blue', 'blue', 'blue', 'green', 'amber', 'red', 'grey', 'grey', 'red']);
  });

  it('reports an unknown or empty status with its line and column, and keeps the good rows', () => {
    const { dataset, problems } = actions('1,P,x,,2025-01-01,Purple,', '2,P,x,,2025-01-01,,', '3,P,x,,2025-01-01,Red,');
    const expected = 'expected Blue, Green, Amber, Red or Grey, or what they mean: complete, on track, at risk, significant risk, not started';
    expect(problems).toEqual([
      `actions.csv:2:status: error: "Purple" is not a BRAG status (${expected})`,
      `actions.csv:3:status: error: the status is empty (${expected})`,
    ]);
    expect(dataset.actions.map((action) => action.ref)).toEqual(['3']);
    // 7 measures + 3 actions read; 7 + 1 kept.
    expect([dataset.rowsRead, dataset.rowsKept]).toEqual([10, 8]);
  });

  it('rejects a due date that is not a real YYYY-MM-DD date, suggesting the fix for a UK-style date', () => {
    const { dataset, problems } = actions(
      '1,P,x,,31/12/2024,Green,',
      '2,P,x,,2025-02-30,Green,',
      '3,P,x,,March 2025,Green,',
      '4,P,x,,,Green,',
      '5,P,x,,2025-3-31,Green,',
      '6,P,x,,2024-02-29,Green,',
    );
    expect(problems).toEqual([
      'actions.csv:2:due: error: "31/12/2024" is not a date in the form YYYY-MM-DD: write 2024-12-31',
      'actions.csv:3:due: error: "2025-02-30" is not a date in the form YYYY-MM-DD (e.g. 2025-03-31)',
      'actions.csv:4:due: error: "March 2025" is not a date in the form YYYY-MM-DD (e.g. 2025-03-31)',
      'actions.csv:5:due: error: the due date is empty: write the target end date as YYYY-MM-DD, e.g. 2025-03-31',
      'actions.csv:6:due: error: "2025-3-31" is not a date in the form YYYY-MM-DD (e.g. 2025-03-31)',
    ]);
    // 2024 is a leap year, so 29 February is a real date.
    expect(dataset.actions.map((action) => action.due)).toEqual(['2024-02-29']);
  });

  it('reports a reference used twice (ignoring capitals) on the second row, keeping the first', () => {
    const { dataset, problems } = actions('EH-1,P,first,,2025-01-01,Green,', '', 'eh-1,P,second,,2025-01-01,Red,');
    // The blank line 3 still counts, so the second row is line 4.
    expect(problems).toEqual(['actions.csv:4:ref: error: action "eh-1" is already on line 2, which is kept. Give each action its own reference']);
    expect(dataset.actions.map((action) => action.action)).toEqual(['first']);
  });

  it('reports every empty required cell of a row', () => {
    const { dataset, problems } = actions(',,,,2025-01-01,Green,');
    expect(problems).toEqual([
      'actions.csv:2:ref: error: the action reference is empty',
      'actions.csv:2:priority: error: the priority is empty',
      'actions.csv:2:action: error: the action is empty',
    ]);
    expect(dataset.actions).toEqual([]);
  });

  it('cannot use a file without a required column, and says which; the rest of the folder still loads', () => {
    const { dataset, problems } = load({ 'actions.csv': 'ref,priority,action,due\n1,P,x,2025-01-01\n' }, 'actions.csv');
    expect(problems).toEqual([
      'actions.csv:1:-: error: required column "status" is missing, so none of the rows of actions.csv can be used. The header row must name the columns ref, priority, action, due, status (in any order).',
    ]);
    expect(dataset.actions).toEqual([]);
    expect(dataset.measures).toHaveLength(7);
    // Present but unusable: listed (the shell then shows an empty tracker that points at the problem) and its row skipped.
    expect(dataset.filesPresent).toContain('actions.csv');
    expect([dataset.rowsRead, dataset.rowsKept]).toEqual([8, 7]);
  });

  it('reads a file saved by Excel: byte-order mark, Windows line ends, headers in other capitals and order, an extra column', () => {
    const text = '\uFEFFStatus, Ref ,DUE,Priority,Action,Checked by\r\nOn track,1.1,2025-03-31,P1,Agree the template,JS\r\n';
    const { dataset, problems } = load({ 'actions.csv': new TextEncoder().encode(text) }, 'actions.csv');
    expect(problems).toEqual(['actions.csv:1:Checked by: notice: column "Checked by" is not part of the contract for actions.csv and is ignored']);
    expect(dataset.actions).toEqual([{ ref: '1.1', priority: 'P1', action: 'Agree the template', lead: null, due: '2025-03-31', status: 'green', update: null }]);
  });

  it('is optional: without it there are no actions, no problem, and the file is not listed as present', () => {
    const { dataset, problems } = load({});
    expect(problems.filter((problem) => problem.startsWith('actions.csv'))).toEqual([]);
    expect(dataset.actions).toEqual([]);
    expect(dataset.filesPresent).not.toContain('actions.csv');
  });
});
