import { describe, expect, it } from 'vitest';
import { seasonalChart } from './spc-chart-seasonal';
import { seasonalView } from './spc-seasonal';
import { aMeasure, aMonth, aQuarterEnding, anObservation, special } from './test-factories';

describe('seasonalChart: the same month each year, one line per year', () => {
  const measure = aMeasure({ frequency: 'monthly', yearType: 'financial', unit: 'number', decimals: 1 });
  // 2023-24: April 10, May 8, June [c]; 2024-25: April 12, May 7. Nothing else.
  const rows = [
    anObservation(aMonth(2023, 4), '10'),
    anObservation(aMonth(2023, 5), '8'),
    anObservation(aMonth(2023, 6), special('c')),
    anObservation(aMonth(2024, 4), '12'),
    anObservation(aMonth(2024, 5), '7'),
  ];
  const chart = seasonalChart(seasonalView(measure, rows)!, measure);

  it('runs April to March with one line per year, gaps never zero', () => {
    expect(chart.axisLabels).toEqual(['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expect(chart.lines.map((l) => l.year)).toEqual(['2023-24', '2024-25']);
    expect(chart.lines[0]!.values.slice(0, 4)).toEqual([10, 8, null, null]);
    expect(chart.lines[0]!.texts.slice(0, 4)).toEqual(['10.0', '8.0', '[c]', null]);
    expect(chart.lines[1]!.values.slice(0, 3)).toEqual([12, 7, null]);
  });

  it('names each year’s lowest and highest month, so a recurring dip reads as a pattern', () => {
    expect(chart.summary).toBe(
      'The same month of each year side by side (2023-24 to 2024-25, one line per year, April to March): a dip or peak in the same month every year is a seasonal pattern, not a change. 2023-24: lowest May (8.0), highest April (10.0); 2024-25: lowest May (7.0), highest April (12.0).',
    );
  });

  it('works by quarter for a quarterly measure, and says when a year has one figure', () => {
    const quarterly = aMeasure({ frequency: 'quarterly', yearType: 'financial', unit: 'number', decimals: 0 });
    const q = seasonalChart(seasonalView(quarterly, [anObservation(aQuarterEnding(2024, 6), '5')])!, quarterly);
    expect(q.axisLabels).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(q.each).toBe('quarter');
    expect(q.summary).toContain('2024-25: only Q1 (5).');
  });
});
