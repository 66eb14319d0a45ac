import { describe, expect, it } from 'vitest';
import type { Measure } from '../domain/types';
import { load, valueCsv } from './test-support';

const HEADER = 'id,area,title,unit,polarity,frequency';

function measures(...rows: string[]) {
  return load({ 'measures.csv': [HEADER, ...rows].join('\n'), 'early-help.csv': valueCsv() }, 'measures.csv');
}

describe('measures.csv', () => {
  it('reads a measure with the contract defaults: financial year, no YTD, year-ago DOT, 1 decimal for percent', () => {
    const { dataset, problems } = measures('EH01,early-help,Families contacted,percent,high,monthly');
    expect(problems).toEqual([]);
    expect(dataset.measures).toEqual<Measure[]>([
      {
        id: 'EH01',
        area: 'early-help',
        group: null,
        title: 'Families contacted',
        description: null,
        unit: 'percent',
        polarity: 'high',
        frequency: 'monthly',
        yearType: 'financial',
        ytd: 'none',
        dot: 'year-ago',
        decimals: 1,
        councilPlan: null,
        dataNote: null,
        source: null,
        owner: null,
        nextUpdate: null,
        spcBaseline: null,
      },
    ]);
  });

  it('defaults decimals to 1 for rates and 0 for counts, days and money', () => {
    const { dataset } = measures(
      'A,send,a,rate-per-10k,low,annual',
      'B,send,b,number,none,monthly',
      'C,send,c,days,low,monthly',
      'D,send,d,currency-gbp,low,annual',
    );
    expect(dataset.measures.map((m) => m.decimals)).toEqual([1, 0, 0, 0]);
  });

  it('reads every optional column, trimming text and lower-casing enumerations', () => {
    const header = `${HEADER},group,description,year_type,ytd,dot,decimals,council_plan,data_note,source,owner,next_update,spc_baseline`;
    const row = 'LAC07, LAC-Sufficiency ,Placement stability,Percent,HIGH,Quarterly,Placement stability,Longer text,Academic,RATIO,Previous,2,CP 2.4,Local figures,Liquidlogic LCS,Head of Service,2025-06,2023-24 Q2';
    const { dataset, problems } = load({ 'measures.csv': `${header}\n${row}\n` }, 'measures.csv');
    expect(problems).toEqual([]);
    expect(dataset.measures[0]).toEqual({
      id: 'LAC07',
      area: 'lac-sufficiency',
      group: 'Placement stability',
      title: 'Placement stability',
      description: 'Longer text',
      unit: 'percent',
      polarity: 'high',
      frequency: 'quarterly',
      yearType: 'academic',
      ytd: 'ratio',
      dot: 'previous',
      decimals: 2,
      councilPlan: 'CP 2.4',
      dataNote: 'Local figures',
      source: 'Liquidlogic LCS',
      owner: 'Head of Service',
      nextUpdate: '2025-06',
      // An academic quarter: 2023-24 Q2 runs December 2023 to February 2024, so it ends in February 2024.
      spcBaseline: { kind: 'quarter', yearType: 'academic', end: 2024 * 12 + 1 },
    });
  });

  it('accepts an area slug other than the four named areas', () => {
    expect(measures('PH01,public-health,Immunisations,percent,high,annual').dataset.measures[0]?.area).toBe('public-health');
  });

  it('reports every bad cell of a row under its header as written, and skips the row', () => {
    const { dataset, problems } = load(
      { 'measures.csv': 'ID,Area,Title,Unit,Polarity,Frequency,Decimals\nEH 01,Early Help,,percentage,up,weekly,4\n' },
      'measures.csv',
    );
    expect(dataset.measures).toEqual([]);
    expect(problems).toEqual([
      'measures.csv:2:ID: error: "EH 01" is not a valid id: use 1 to 32 letters, digits, dots, hyphens or underscores (e.g. EH01)',
      'measures.csv:2:Area: error: "Early Help" is not an area slug: use lower-case letters, digits and hyphens (did you mean "early-help"?)',
      "measures.csv:2:Title: error: the measure's title is empty",
      'measures.csv:2:Unit: error: "percentage" is not a unit (expected one of: percent, number, rate-per-10k, days, weeks, currency-gbp, score)',
      'measures.csv:2:Polarity: error: "up" is not a polarity (expected one of: high, low, none)',
      'measures.csv:2:Frequency: error: "weekly" is not a frequency (expected one of: monthly, quarterly, annual)',
      'measures.csv:2:Decimals: error: "4" is not a number of decimal places (expected 0, 1, 2 or 3)',
    ]);
  });

  it('rejects an id longer than 32 characters', () => {
    const { problems } = measures(`${'A'.repeat(33)},send,t,number,none,monthly`);
    expect(problems[0]).toContain('is not a valid id');
  });

  it('reports an empty required enumeration with the values it could take', () => {
    expect(measures('EH01,early-help,t,,high,monthly').problems).toEqual([
      'measures.csv:2:unit: error: unit is empty (expected one of: percent, number, rate-per-10k, days, weeks, currency-gbp, score)',
    ]);
  });

  it('reports a second measure with the same id (ignoring case) and keeps the first', () => {
    const { dataset, problems } = measures('EH01,early-help,First,percent,high,monthly', 'eh01,early-help,Second,percent,high,monthly');
    expect(dataset.measures.map((m) => m.title)).toEqual(['First']);
    expect(problems).toEqual(['measures.csv:3:id: error: measure id "eh01" is already used on line 2; ids must be unique. The row is skipped']);
  });

  it('finds measures from other files whatever the case of the id', () => {
    const { dataset, problems } = load({
      'measures.csv': `${HEADER}\nEH01,early-help,t,percent,high,monthly\n`,
      'early-help.csv': valueCsv('eh01,2024-06,85.1,,,'),
    });
    expect(problems).toEqual([]);
    expect(dataset.observations[0]?.measureId).toBe('EH01');
  });
});

describe('measures.csv spc_baseline (optional extension)', () => {
  const withBaseline = (frequency: string, baseline: string) =>
    load(
      { 'measures.csv': `${HEADER},spc_baseline\nEH01,early-help,Families contacted,percent,high,${frequency},${baseline}\n`, 'early-help.csv': valueCsv() },
      'measures.csv',
    );

  it('reads a baseline period in the form the measure uses', () => {
    const { dataset, problems } = withBaseline('monthly', '2023-04');
    expect(problems).toEqual([]);
    // April 2023 is month index 2023 * 12 + 3.
    expect(dataset.measures[0]?.spcBaseline).toEqual({ kind: 'month', yearType: 'financial', end: 2023 * 12 + 3 });
  });

  it('warns about a baseline in the wrong form and keeps the measure, with no baseline', () => {
    const { dataset, problems } = withBaseline('quarterly', '2023-04');
    expect(dataset.measures.map((m) => m.id)).toEqual(['EH01']);
    expect(dataset.measures[0]?.spcBaseline).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^measures\.csv:2:spc_baseline: warning: "2023-04" is .*; the SPC limits use every figure instead$/);
  });
});
