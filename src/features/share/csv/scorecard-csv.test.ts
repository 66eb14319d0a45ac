import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_CSV_COLUMNS } from '../../../domain/export-record';
import { buildScorecard, indexDataset } from '../../../domain/scorecard';
import { aDataset, aMeasure, aMonth, aTarget, anObservation, special } from '../../../domain/test-factories';
import { scorecardCsv } from './scorecard-csv';

describe('scorecardCsv', () => {
  const measures = [
    aMeasure({ id: 'M1', title: '=HYPERLINK("http://evil","click")' }),
    aMeasure({ id: 'M2', title: 'Placements', unit: 'number', polarity: 'low', decimals: 0 }),
  ];
  const observations = [
    anObservation(aMonth(2024, 12), '-12.5'),
    anObservation(aMonth(2024, 12), special('c'), { measureId: 'M2' }),
  ];
  const index = indexDataset(aDataset({ measures, observations, targets: [aTarget('2024-25', '90', '84')] }));
  const csv = scorecardCsv(buildScorecard(index, { startYear: 2024, quarter: 3 }));
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('starts with a byte order mark for Excel, then the export columns', () => {
    expect(csv.startsWith('\ufeffid,area,')).toBe(true);
    expect(parsed.meta.fields).toEqual([...EXPORT_CSV_COLUMNS]);
  });

  it('defuses a title that a spreadsheet would run, but keeps a negative number a number', () => {
    expect(parsed.data[0]).toMatchObject({ id: 'M1', title: `'=HYPERLINK("http://evil","click")`, value: '-12.5', rag: 'red' });
  });

  it('keeps a suppressed value as [c]', () => {
    expect(parsed.data[1]).toMatchObject({ id: 'M2', value: '[c]', rag: 'none' });
  });
});
