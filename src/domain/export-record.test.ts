import { describe, expect, it } from 'vitest';
import { EXPORT_CSV_COLUMNS, exportRecord, exportValue, flattenExportRecord } from './export-record';
import { indexDataset, scorecardRow } from './scorecard';
import { EMPTY, aBenchmark, aDataset, aMeasure, aMonth, anObservation, aTally, aTarget, month, num, special } from './test-factories';
import type { FinancialQuarter } from './types';

const q3: FinancialQuarter = { startYear: 2024, quarter: 3 };
const measure = aMeasure({ id: 'EH01', group: 'Contact', title: 'Families contacted within 3 working days', ytd: 'ratio' });

function recordFor(parts: Parameters<typeof aDataset>[0]) {
  return exportRecord(scorecardRow(indexDataset(aDataset({ measures: [measure], ...parts })), measure, q3));
}

describe('exportRecord', () => {
  it('writes the contract shape with unrounded numbers and canonical period labels', () => {
    const record = recordFor({
      observations: [
        aTally(aMonth(2024, 10), 50, 60, 'EH01'),
        aTally(aMonth(2024, 11), 1, 2, 'EH01'),
        anObservation(aMonth(2024, 12), '85.07', { numerator: num('57'), denominator: num('67'), measureId: 'EH01' }),
        anObservation(aMonth(2023, 12), '85.06', { measureId: 'EH01' }),
      ],
      targets: [aTarget('2024-25', '85', '80', 'EH01')],
      benchmarks: [
        aBenchmark('2023-24', month(2024, 3), { statistical_neighbours: num('83.3'), regional: special('x'), national: EMPTY }, { measureId: 'EH01', quartile: 'B' }),
      ],
    });
    expect(record).toEqual({
      id: 'EH01',
      area: 'early-help',
      group: 'Contact',
      title: 'Families contacted within 3 working days',
      unit: 'percent',
      polarity: 'high',
      period: '2024-12',
      value: 85.07,
      numerator: 57,
      denominator: 67,
      ytd: null,
      ytd_status: 'incomplete',
      ytd_missing: ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'],
      target: 85,
      tolerance: 80,
      rag: 'green',
      dot: 'no-change',
      comparison_period: '2023-12',
      comparison_value: 85.06,
      benchmarks: {
        statistical_neighbours: { value: 83.3, year: '2023-24', judgement: 'better' },
        regional: { value: '[x]', year: '2023-24', judgement: null },
        national: { value: null, year: '2023-24', judgement: null },
      },
      quartile: 'B',
      // Two figures are far too few for process limits (15 are needed): no verdict either way.
      variation: 'none',
      assurance: 'none',
    });
  });

  it('writes a suppressed value and its numerator both as "[c]", even if only the numerator was suppressed', () => {
    const record = recordFor({
      observations: [anObservation(aMonth(2024, 12), '75', { numerator: special('c'), denominator: num('4'), measureId: 'EH01' })],
    });
    expect(record).toMatchObject({ value: '[c]', numerator: '[c]', denominator: 4, rag: 'none', dot: 'none' });
  });

  it('writes nulls for a quarter with no data and no benchmark', () => {
    const record = recordFor({});
    expect(record).toMatchObject({
      period: null,
      value: null,
      numerator: null,
      denominator: null,
      ytd: null,
      target: null,
      tolerance: null,
      rag: 'none',
      dot: 'none',
      comparison_period: null,
      comparison_value: null,
      quartile: null,
    });
    expect(record.benchmarks.national).toEqual({ value: null, year: null, judgement: null });
  });

  it('gives the complete year to date as a number', () => {
    const record = recordFor({
      observations: [4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => aTally(aMonth(2024, m), 1, 2, 'EH01')),
    });
    // Nine months of 1 of 2: 9 / 18 = 50%.
    expect(record).toMatchObject({ ytd: 50, ytd_status: 'complete', ytd_missing: [] });
  });
});

describe('exportValue', () => {
  it('writes numbers as numbers, special values bracketed and not supplied as null', () => {
    expect(exportValue(num('12.50', 'p'))).toBe(12.5);
    expect(exportValue(special('low'))).toBe('[low]');
    expect(exportValue(EMPTY)).toBeNull();
    expect(exportValue(null)).toBeNull();
  });
});

describe('flattenExportRecord', () => {
  const record = recordFor({
    observations: [anObservation(aMonth(2024, 12), '85.1', { measureId: 'EH01' })],
    benchmarks: [aBenchmark('2023-24', month(2024, 3), { statistical_neighbours: num('83.3'), regional: special('x') }, { measureId: 'EH01' })],
  });
  const flat = flattenExportRecord(record);

  it('puts the columns in field order with each comparator flattened in place', () => {
    expect(Object.keys(flat)).toEqual([
      'id', 'area', 'group', 'title', 'unit', 'polarity', 'period', 'value', 'numerator', 'denominator',
      'ytd', 'ytd_status', 'ytd_missing', 'target', 'tolerance', 'rag', 'dot', 'comparison_period', 'comparison_value',
      'statistical_neighbours_value', 'statistical_neighbours_year', 'statistical_neighbours_judgement',
      'regional_value', 'regional_year', 'regional_judgement',
      'national_value', 'national_year', 'national_judgement',
      'quartile', 'variation', 'assurance',
    ]);
    expect(Object.keys(flat)).toEqual([...EXPORT_CSV_COLUMNS]);
  });

  it('joins the missing periods with semicolons and copies the comparator cells', () => {
    // A ratio needs tallies, and December has none, so it is missing too.
    expect(flat.ytd_missing).toBe('2024-04;2024-05;2024-06;2024-07;2024-08;2024-09;2024-10;2024-11;2024-12');
    expect(flat.statistical_neighbours_value).toBe(83.3);
    expect(flat.statistical_neighbours_year).toBe('2023-24');
    expect(flat.statistical_neighbours_judgement).toBe('better');
    expect(flat.regional_value).toBe('[x]');
    expect(flat.national_value).toBeNull();
    expect(flat.value).toBe(85.1);
  });
});
