import { describe, expect, it } from 'vitest';
import { countByStatus, countOverdue, isIsoDate, isOverdue, longDate, overdueReferenceDate, summariseActions, type Action, type BragStatus } from './actions';

function anAction(ref: string, priority: string, status: BragStatus, due = '2025-03-31'): Action {
  return { ref, priority, action: `Action ${ref}`, lead: null, due, status, update: null };
}

describe('summariseActions', () => {
  const plan = [
    anAction('1.1', 'Priority 1', 'blue'),
    anAction('2.1', 'Priority 2', 'red'),
    anAction('1.2', 'Priority 1', 'amber'),
    anAction('1.3', 'Priority 1', 'blue'),
    anAction('3.1', 'Priority 0: added later', 'grey'),
    anAction('2.2', 'Priority 2', 'green'),
  ];

  it('groups actions by priority in the order each priority first appears, keeping file order within a group', () => {
    const summary = summariseActions(plan);
    expect(summary.groups.map((group) => [group.priority, group.actions.map((action) => action.ref)])).toEqual([
      ['Priority 1', ['1.1', '1.2', '1.3']],
      ['Priority 2', ['2.1', '2.2']],
      ['Priority 0: added later', ['3.1']],
    ]);
  });

  it('counts each status per priority and overall', () => {
    const summary = summariseActions(plan);
    expect(summary.groups[0]!.counts).toEqual({ blue: 2, green: 0, amber: 1, red: 0, grey: 0 });
    expect(summary.groups[1]!.counts).toEqual({ blue: 0, green: 1, amber: 0, red: 1, grey: 0 });
    expect(summary.groups[2]!.counts).toEqual({ blue: 0, green: 0, amber: 0, red: 0, grey: 1 });
    expect(summary.counts).toEqual({ blue: 2, green: 1, amber: 1, red: 1, grey: 1 });
    expect(summary.total).toBe(6);
  });

  it('has no groups and zero counts for an empty plan', () => {
    expect(summariseActions([])).toEqual({ groups: [], counts: countByStatus([]), total: 0 });
    expect(countByStatus([])).toEqual({ blue: 0, green: 0, amber: 0, red: 0, grey: 0 });
  });
});

describe('overdue actions', () => {
  const reference = { date: '2025-01-10', source: 'data_date' as const };

  it('flags an action due before the reference date that is not complete, whatever its other status', () => {
    for (const status of ['green', 'amber', 'red', 'grey'] as const) {
      expect(isOverdue(anAction('1', 'P', status, '2024-12-31'), reference)).toBe(true);
    }
  });

  it('never flags a complete (blue) action, nor one due on or after the reference date', () => {
    expect(isOverdue(anAction('1', 'P', 'blue', '2024-06-30'), reference)).toBe(false);
    expect(isOverdue(anAction('1', 'P', 'red', '2025-01-10'), reference)).toBe(false);
    expect(isOverdue(anAction('1', 'P', 'red', '2025-01-11'), reference)).toBe(false);
  });

  it('flags nothing when there is no reference date', () => {
    expect(isOverdue(anAction('1', 'P', 'red', '2000-01-01'), null)).toBe(false);
  });

  it('measures against the data date, else the approval date, and only when it is a YYYY-MM-DD date', () => {
    expect(overdueReferenceDate({ dataDate: '2025-01-10', published: '2025-01-21' })).toEqual({ date: '2025-01-10', source: 'data_date' });
    expect(overdueReferenceDate({ dataDate: null, published: '2025-01-21' })).toEqual({ date: '2025-01-21', source: 'published' });
    expect(overdueReferenceDate({ dataDate: '10 January 2025', published: '2025-01-21' })).toEqual({ date: '2025-01-21', source: 'published' });
    expect(overdueReferenceDate({ dataDate: null, published: '21 January 2025' })).toBeNull();
  });
});

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('01/01/2025')).toBe(false);
  });

  it('writes a date as members read it', () => {
    expect(longDate('2024-12-31')).toBe('31 December 2024');
    expect(longDate('2025-01-05')).toBe('5 January 2025');
    expect(longDate('soon')).toBe('soon');
  });
});

describe('countOverdue', () => {
  it('counts the actions that are overdue against the reference date', () => {
    const reference = { date: '2025-01-10', source: 'data_date' as const };
    // 1 overdue (red, past); blue past is complete; green future is not due yet.
    const actions = [anAction('1', 'P', 'red', '2024-12-31'), anAction('2', 'P', 'blue', '2024-12-31'), anAction('3', 'P', 'green', '2025-02-01')];
    expect(countOverdue(actions, reference)).toBe(1);
    expect(countOverdue(actions, null)).toBe(0);
  });
});
