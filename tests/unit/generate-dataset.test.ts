import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/cli/read-data-folder';
import { loadDataset } from '../../src/data/load-dataset';
import { financialQuarterKey } from '../../src/domain/periods';
import { defaultQuarter, indexDataset } from '../../src/domain/scorecard';
import { generateDataset, parseArgs, sizeForRows, writeDataset } from '../../scripts/generate-dataset';

const made: string[] = [];
function generateInto(measures: number, years: number, seed: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-generate-test-'));
  made.push(dir);
  writeDataset(dir, generateDataset({ measures, years, seed }));
  return dir;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const load = (dir: string) => loadDataset(readDataFolder(dir).files);

describe('generate-dataset: 40 measures, 3 years (January 2022 to December 2024)', () => {
  const dir = generateInto(40, 3, 'test');
  const dataset = load(dir);

  it('passes the project validator with no errors and no warnings', () => {
    expect(dataset.usable).toBe(true);
    expect(dataset.problems.filter((problem) => problem.severity !== 'notice')).toEqual([]);
    expect(readDataFolder(dir).otherCsvFiles).toEqual([]);
  });

  it('writes the expected rows', () => {
    // 40 measures = 4 areas x the 10 templates once each.
    expect(dataset.measures).toHaveLength(40);
    expect(new Set(dataset.measures.map((measure) => measure.area))).toEqual(new Set(['early-help', 'social-care', 'send', 'lac-sufficiency']));
    // Per area: 5 monthly x 36 months + 3 quarterly x 12 quarters + 2 annual x 3 years = 180 + 36 + 6 = 222; x 4 areas = 888.
    expect(dataset.observations).toHaveLength(888);
    for (const file of ['early-help.csv', 'social-care.csv', 'send.csv', 'lac-sufficiency.csv']) {
      expect(readFileSync(join(dir, file), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 222);
    }
    // Targets per area, for each year the data touches: 5 financial or academic measures with a rating touch
    // 2021-22 to 2024-25 (4 years each: monthly x3, quarterly academic, quarterly financial), the academic annual
    // one 2021-22 to 2024-25 (4), the calendar quarterly and annual ones 2022 to 2024 (3 each):
    // 4+4+4+4+4+4+3+3 = 30; x 4 areas = 120. Demand measures (polarity none) have none.
    expect(dataset.targets).toHaveLength(120);
    // 4 benchmarked templates x 3 years x 4 areas = 48.
    expect(dataset.benchmarks).toHaveLength(48);
    // Commentary for every 7th measure in generation order: positions 0, 7, 14, 21, 28, 35 = 6.
    expect(dataset.commentary).toHaveLength(6);
    // 40 + 120 + 888 + 48 + 6 + 4 settings = 1106.
    expect(dataset.rowsRead).toBe(1106);
    expect(dataset.rowsKept).toBe(1106);
  });

  it('covers every frequency, polarity, year type and unit of the contract', () => {
    const values = (key: 'frequency' | 'polarity' | 'yearType' | 'unit') => new Set(dataset.measures.map((measure) => measure[key]));
    expect(values('frequency')).toEqual(new Set(['monthly', 'quarterly', 'annual']));
    expect(values('polarity')).toEqual(new Set(['high', 'low', 'none']));
    expect(values('yearType')).toEqual(new Set(['financial', 'academic', 'calendar']));
    expect(values('unit')).toEqual(new Set(['percent', 'number', 'rate-per-10k', 'days', 'weeks', 'currency-gbp', 'score']));
  });

  it('has plausible values: percentages 0 to 100 with tallies behind them, a few suppressed as [c]', () => {
    const unitOf = new Map(dataset.measures.map((measure) => [measure.id, measure.unit]));
    const percents = dataset.observations.filter((o) => unitOf.get(o.measureId) === 'percent');
    const numbers = percents.flatMap((o) => (o.value.kind === 'number' ? [o] : []));
    expect(numbers.every((o) => o.value.kind === 'number' && o.value.value >= 0 && o.value.value <= 100)).toBe(true);
    expect(numbers.every((o) => o.numerator.kind === 'number' && o.denominator.kind === 'number')).toBe(true);
    const suppressed = percents.filter((o) => o.value.kind === 'special' && o.value.code === 'c');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.length).toBeLessThan(percents.length / 20);
  });

  it('ends in December 2024, so the default quarter is 2024-25 Q3', () => {
    const quarter = defaultQuarter(indexDataset(dataset));
    expect(quarter && financialQuarterKey(quarter)).toBe('2024-25-Q3');
  });
});

describe('generate-dataset: determinism and sizing', () => {
  it('writes identical bytes for the same seed, and different values for another seed', () => {
    const first = generateInto(24, 2, 'same');
    const second = generateInto(24, 2, 'same');
    const other = generateInto(24, 2, 'other');
    const names = readdirSync(first).sort();
    expect(readdirSync(second).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name)))).toBe(true);
    expect(readFileSync(join(other, 'early-help.csv')).equals(readFileSync(join(first, 'early-help.csv')))).toBe(false);
  });

  it('picks measures and years to reach about the rows asked for', () => {
    // 10,000 rows: 5 years. Measures cycle the templates in groups of 4 (one per area); rows per measure are
    // 60 (monthly), 20 (quarterly) or 5 (annual), so one cycle of 40 measures = 4 x (5x60 + 3x20 + 2x5) = 1480 rows.
    // 6 cycles = 8880 rows (240 measures); then one monthly measure (60 rows) at a time: 4 each of templates 0-3
    // = 9840 rows (256 measures), and 3 of template 4 = 10,020 >= 10,000: 259 measures.
    expect(sizeForRows(10_000)).toEqual({ measures: 259, years: 5 });
    const sized = generateDataset({ ...sizeForRows(10_000), seed: '1' });
    expect(sized.valueRows).toBe(10_020);
    expect(sizeForRows(1_000_000).years).toBe(20);
    expect(sizeForRows(100_000, { years: 2 }).years).toBe(2);
  });

  it('reads its command line, including --rows', () => {
    expect(parseArgs(['--measures', '8', '--years', '2', '--out', 'x'])).toEqual({ out: 'x', options: { measures: 8, years: 2, seed: '1' } });
    expect(parseArgs(['--rows=10000', '--out', 'x', '--seed', 'a'])).toEqual({ out: 'x', rows: 10_000, options: { measures: 259, years: 5, seed: 'a' } });
    expect(() => parseArgs(['--measures', '8', '--out', 'x'])).toThrow(/--measures and --years, or --rows/);
    expect(() => parseArgs(['--bogus', '1'])).toThrow(/unknown argument/);
  });
});
