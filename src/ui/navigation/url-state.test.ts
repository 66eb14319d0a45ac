import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, readUrlState, writeUrlState } from './url-state';

describe('readUrlState', () => {
  it('reads the contract example link', () => {
    const { state, notices } = readUrlState('?view=scorecard&quarter=2024-25-Q3&area=send&measure=SEND03');
    expect(state).toEqual({ ...DEFAULT_URL_STATE, view: 'scorecard', quarter: '2024-25-Q3', area: 'send', measure: 'SEND03' });
    expect(notices).toEqual([]);
  });

  it('defaults to the summary view with no filters', () => {
    expect(readUrlState('').state).toEqual(DEFAULT_URL_STATE);
  });

  it('reads comma-separated RAG and direction filters, case-insensitively', () => {
    const { state } = readUrlState('?rag=Red,amber&dot=declining');
    expect(state.rag).toEqual(['red', 'amber']);
    expect(state.dot).toEqual(['declining']);
  });

  it('falls back to the default for an invalid value and says so', () => {
    const { state, notices } = readUrlState('?view=dashboard&quarter=2024-25-Q7&rag=purple');
    expect(state.view).toBe('summary');
    expect(state.quarter).toBeNull();
    expect(state.rag).toEqual([]);
    expect(notices).toEqual([
      'The link\'s view "dashboard" is not recognised, so the default is shown instead.',
      'The link\'s quarter "2024-25-Q7" is not recognised, so the default is shown instead.',
      'The link\'s rag "purple" is not recognised, so the default is shown instead.',
    ]);
  });
});

describe('writeUrlState', () => {
  it('writes only what differs from the defaults, and reads back the same state', () => {
    const state = { ...DEFAULT_URL_STATE, view: 'scorecard' as const, quarter: '2024-25-Q3', rag: ['red' as const], q: 'care leavers' };
    const search = writeUrlState(state);
    expect(search).toBe('?view=scorecard&quarter=2024-25-Q3&rag=red&q=care+leavers');
    expect(readUrlState(search).state).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(writeUrlState(DEFAULT_URL_STATE)).toBe('');
  });
});
