// Issue 5 hardening: a ~50 MB value file (far beyond a real council's quarter, which is well under 1 MB) loads,
// keeps every row, and still reports a bad row deep inside it at its exact line. Generated here, never checked in.
// Kept apart from the other hardening tests because it takes several seconds.
import { describe, expect, it } from 'vitest';
import { formatted } from '../../src/data/test-support';
import { loadDataset } from '../../src/data/load-dataset';

const MEASURES = 600;
const MONTHS = 900; // April 1950 onwards: 75 years of months per measure, so no two rows share a period
const BAD_AFTER = 250_000; // a bad row goes after this many good rows

function monthLabel(m: number): string {
  const index = 1950 * 12 + 3 + m; // April 1950 + m months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function bigFolder(): { measures: string; values: Uint8Array; rows: number } {
  const measures = ['id,area,title,unit,polarity,frequency'];
  for (let i = 0; i < MEASURES; i++) measures.push(`M${i},send,Measure ${i},number,high,monthly`);
  const chunks: string[] = ['measure_id,period,value,numerator,denominator,note\n'];
  let rows = 0;
  for (let i = 0; i < MEASURES; i++) {
    const lines: string[] = [];
    for (let m = 0; m < MONTHS; m++) {
      // Every tenth note is quoted with a comma inside, as Excel writes it; the rest are plain.
      const note = m % 10 === 0 ? '"Provisional, checked by the performance team"' : 'Provisional and checked by the performance team on the first working day';
      lines.push(`M${i},${monthLabel(m)},${(i * 7 + m) % 1000 + 5},,,${note}`);
      rows++;
      if (rows === BAD_AFTER) lines.push(`M${i},2024-13,1,,,`);
    }
    chunks.push(lines.join('\n') + '\n');
  }
  return { measures: measures.join('\n'), values: new TextEncoder().encode(chunks.join('')), rows };
}

describe('a 50 MB value file', () => {
  it('loads, keeps every good row, and reports the one bad row at its exact line', { timeout: 120_000 }, () => {
    const { measures, values, rows } = bigFolder();
    expect(values.byteLength).toBeGreaterThan(48_000_000);
    expect(rows).toBe(MEASURES * MONTHS); // 540,000 good rows

    const started = performance.now();
    const dataset = loadDataset({ 'measures.csv': measures, 'send.csv': values });
    const seconds = (performance.now() - started) / 1000;

    expect(dataset.observations).toHaveLength(540_000);
    // Read: 600 measures + 540,000 good rows + 1 bad; kept: all but the bad one.
    expect([dataset.rowsRead, dataset.rowsKept]).toEqual([600 + 540_001, 600 + 540_000]);
    // The header is line 1 and the first good row line 2, so the 250,000th good row is on line 250,001 and the bad
    // row after it on line 250,002.
    expect(formatted(dataset.problems)).toEqual(['send.csv:250002:period: error: "2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)']);
    const last = dataset.observations.at(-1)!;
    // M599, month 899: (599 x 7 + 899) % 1000 + 5 = (4193 + 899) % 1000 + 5 = 92 + 5 = 97. The 540,001 data rows
    // (the bad one included) are on lines 2 to 540,002, so the last is on line 540,002.
    expect(last).toMatchObject({ measureId: 'M599', value: { value: 97 }, source: { line: 540_002 } });
    expect(dataset.observations[0]?.note).toBe('Provisional, checked by the performance team');
    // Generous: a few seconds on a quiet machine; the bound only catches a pathological slowdown.
    expect(seconds).toBeLessThan(60);
  });
});
