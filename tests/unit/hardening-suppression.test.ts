// Issue 5 hardening: a suppressed figure ([c], or the bare legacy c) stays suppressed from the CSV file through
// every place the app shows or exports it: the scorecard row, year to date (incomplete, naming the month), the
// cumulative YTD line, the trend chart's gaps and tooltips, the tally, the query e-mail, the picture and both CSV
// exports. A [c] numerator suppresses the value too, so the count cannot be worked back from value x denominator.
// The unit tests beside each domain module check each rule on its own; this follows real CSV text end to end.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { formatted } from '../../src/data/test-support';
import { exportRecord } from '../../src/domain/export-record';
import { measureCardSvg } from '../../src/domain/measure-card-svg';
import { queryEmail } from '../../src/domain/query-email';
import { buildScorecard, indexDataset } from '../../src/domain/scorecard';
import { trendChart } from '../../src/domain/trend-chart';
import { tallyText } from '../../src/domain/trend-chart-rows';
import type { FinancialQuarter } from '../../src/domain/types';
import { yearToDateSeries } from '../../src/domain/year-to-date';
import { scorecardCsv } from '../../src/features/share/csv/scorecard-csv';
import { DIRECTION_TOKENS, RAG_TOKENS } from '../../src/ui/tokens';

const Q1: FinancialQuarter = { startYear: 2024, quarter: 1 }; // April to June 2024

const dataset = loadDataset({
  'measures.csv': [
    'id,area,title,unit,polarity,frequency,ytd',
    'P1,early-help,Families contacted within 3 days,percent,high,monthly,ratio',
    'N1,social-care,Children entering care,number,low,monthly,sum',
  ].join('\n'),
  'early-help.csv': [
    'measure_id,period,value,numerator,denominator,note',
    'P1,2024-04,85.0,17,20,', // line 2
    'P1,2024-05,[c],3,20,', // line 3: the value suppressed
    'P1,2024-06,90.0,[c],20,', // line 4: only the numerator suppressed: 90% of 20 would give 18, so the value goes too
  ].join('\n'),
  'social-care.csv': [
    'measure_id,period,value,numerator,denominator,note',
    'N1,2024-04,10,,,',
    'N1,2024-05,c,,,', // the bare legacy letter
    'N1,2024-06,12,,,',
  ].join('\n'),
});
const index = indexDataset(dataset);
const rows = buildScorecard(index, Q1);
const p1 = rows.find((row) => row.measure.id === 'P1')!;
const n1 = rows.find((row) => row.measure.id === 'N1')!;

describe('suppressed figures end to end', () => {
  it('loads with no problem (the small numerator 3 is already suppressed, so no reminder)', () => {
    expect(formatted(dataset.problems)).toEqual([]);
  });

  it('the scorecard row shows June as [c] for both halves of the tally', () => {
    expect(p1.current).toMatchObject({ value: { kind: 'special', code: 'c' }, numerator: { kind: 'special', code: 'c' }, denominator: { value: 20 } });
    expect(tallyText(p1.current!)).toBe('[c] of 20');
    expect(p1.rag.rag).toBe('none');
    expect(n1.current?.value).toMatchObject({ value: 12 });
  });

  it('year to date is incomplete, names the suppressed months, and has no figure', () => {
    // P1 ratio April-June needs every tally: May and June are suppressed.
    expect(p1.ytd).toMatchObject({ status: 'incomplete', value: null, missing: ['2024-05', '2024-06'] });
    expect(p1.ytd.text).toBe('Year to date incomplete: no figure for May 2024, June 2024');
    // N1 sum April-June: 10 + [c] + 12 is not 22.
    expect(n1.ytd).toMatchObject({ status: 'incomplete', value: null, missing: ['2024-05'] });
  });

  it('the cumulative YTD line stops at the suppressed month: no point from May on', () => {
    const series = yearToDateSeries(n1.measure, index.observationsByMeasure.get('N1')!, 2024);
    expect(series.slice(0, 3).map((point) => point.value?.value ?? null)).toEqual([10, null, null]);
  });

  it('the trend chart has gaps, never points, for May and June, with "[c] suppressed" for the tooltip', () => {
    const chart = trendChart({ measure: p1.measure, observations: dataset.observations.filter((o) => o.measureId === 'P1'), quarter: Q1, target: null, benchmark: null });
    const suppressed = chart.gaps.filter((gap) => gap.short === '[c] suppressed').map((gap) => gap.period);
    expect(suppressed).toEqual(['May 2024', 'June 2024']);
    const thisYear = chart.lines.find((line) => line.key === 'this-year')!;
    expect(thisYear.points.filter((point) => point !== null).map((point) => point!.value)).toEqual([85]);
    expect(JSON.stringify(chart)).not.toContain('90%');
  });

  it('the export record and the CSV download write [c], and the YTD as empty with its status', () => {
    expect(exportRecord(p1)).toMatchObject({ value: '[c]', numerator: '[c]', denominator: 20, ytd: null, ytd_status: 'incomplete', ytd_missing: ['2024-05', '2024-06'] });
    const parsed = Papa.parse<Record<string, string>>(scorecardCsv(rows).replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.data.find((r) => r.id === 'P1')).toMatchObject({ value: '[c]', numerator: '[c]', denominator: '20', ytd: '', ytd_status: 'incomplete', ytd_missing: '2024-05;2024-06' });
    expect(parsed.data.find((r) => r.id === 'N1')).toMatchObject({ value: '12', ytd: '', ytd_status: 'incomplete', ytd_missing: '2024-05' });
  });

  it('the query e-mail and the measure card picture say [c], never the supplied 90.0', () => {
    expect(queryEmail(p1).body).toContain('Value: [c] (June 2024)');
    expect(queryEmail(p1).body).toContain('Tally: [c] of 20');
    const { svg } = measureCardSvg(p1, { authorityName: null, dataDate: null }, { rag: RAG_TOKENS, direction: DIRECTION_TOKENS });
    expect(svg).toContain('[c]');
    expect(svg).not.toMatch(/90\.0|90%/);
  });
});
