import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'data');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(...args: string[]) {
  let out = '';
  let err = '';
  const status = runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

/** A copy of the sample data, broken in known places, as an officer might send it. */
function brokenCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-'));
  made.push(dir);
  cpSync(SAMPLE, dir, { recursive: true });
  const earlyHelp = join(dir, 'early-help.csv');
  const lines = readFileSync(earlyHelp, 'utf8').split(/\r?\n/);
  lines[1] = lines[1]!.replace(/,\d{4}-\d{2},/, ',2024-13,'); // line 2: a month that does not exist
  lines[2] = lines[2]!.replace(/^[^,]+,/, 'NOPE9,'); // line 3: a measure that is not defined
  writeFileSync(earlyHelp, lines.join('\n'));
  writeFileSync(join(dir, 'notes.csv'), 'a,b\n1,2\n');
  return dir;
}

describe('scorecard validate', () => {
  it('passes the sample data with exit status 0 and prints the summary line', () => {
    const { status, out } = run('validate', SAMPLE);
    expect(status).toBe(0);
    // Data rows (lines minus the header) of data/*.csv: measures 51, targets 118, early-help 278, social-care 330,
    // send 220, lac-sufficiency 306, benchmarks 34, commentary 18, glossary 21, settings 5 = 1381; plus actions 13 = 1394.
    expect(out).toBe('1394 rows read, 1394 kept, 0 errors, 0 warnings\n');
  });

  it('reports each problem as file:line:column with exit status 1, keeping every other row', () => {
    const { status, out } = run('validate', brokenCopy());
    expect(status).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^early-help\.csv:2:period: error: "2024-13" is not a month/);
    expect(lines[1]).toMatch(/^early-help\.csv:3:measure_id: error: measure "NOPE9" is not in measures\.csv/);
    expect(lines[2]).toBe(
      "notes.csv:0:-: notice: notes.csv is not one of the scorecard's files, so it was not read (see data/README.md for the file names)",
    );
    // The 1394 rows of the sample (see above), less the 2 broken ones.
    expect(lines.at(-1)).toBe('1394 rows read, 1392 kept, 2 errors, 0 warnings');
  });

  it('fails with status 1 when measures.csv is missing', () => {
    const dir = brokenCopy();
    rmSync(join(dir, 'measures.csv'));
    const { status, out } = run('validate', dir);
    expect(status).toBe(1);
    expect(out).toMatch(/^measures\.csv:0:-: error: measures\.csv is missing/);
  });

  it('exits 2 for an unreadable folder or a mistyped command', () => {
    expect(run('validate', '/no/such/folder').status).toBe(2);
    expect(run('validate').status).toBe(2);
    const typo = run('valdate', SAMPLE);
    expect(typo.status).toBe(2);
    expect(typo.err).toContain('unknown command "valdate"');
  });
});

describe('scorecard export', () => {
  it('exports the default quarter as JSON, one object per measure in measures.csv order', () => {
    const { status, out, err } = run('export', SAMPLE);
    expect(status).toBe(0);
    expect(err).toBe('Scorecard for 2024-25-Q3\n');
    const records = JSON.parse(out) as Record<string, unknown>[];
    expect(records).toHaveLength(51);
    expect(records[0]!.id).toBe('EH01');
    // Worked by hand from data/social-care.csv: Dec 2024 re-referrals 57/244 = 23.4% (low is good, tolerance 20);
    // YTD Apr-Dec 428/2080 = 20.5769...%; Dec 2023 was 17.2%; DfE 2023-24 England 22.4%.
    const reReferrals = records.find((record) => record.id === 'CSC04')!;
    expect(reReferrals).toMatchObject({
      period: '2024-12',
      value: 23.4,
      numerator: 57,
      denominator: 244,
      ytd_status: 'complete',
      target: 18,
      tolerance: 20,
      rag: 'red',
      dot: 'declining',
      comparison_period: '2023-12',
      comparison_value: 17.2,
      // 33 monthly figures, Apr 2022 - Dec 2024 (social-care.csv): mean 594.1 / 33 = 18.003, mean moving range
      // 31.4 / 32 = 0.98125, so the process limits are 18.003 -/+ 2.66 x 0.98125 = 15.39 to 20.61. December's 23.4
      // is above the upper limit, and low is good: special cause concern. The target of 18 lies inside the limits:
      // hit and miss.
      variation: 'concern',
      assurance: 'hit-and-miss',
    });
    expect(reReferrals.ytd).toBeCloseTo((428 / 2080) * 100, 10);
    expect(reReferrals.benchmarks).toMatchObject({ national: { value: 22.4, year: '2023-24', judgement: 'worse' } });
    // December's small count is suppressed: it stays [c], unrated and uncompared.
    expect(records.find((record) => record.id === 'LAC06')).toMatchObject({ value: '[c]', rag: 'none', dot: 'none' });
  });

  it('exports a named quarter as CSV with flattened benchmark columns', () => {
    const { status, out } = run('export', SAMPLE, '--quarter', '2023-24-Q3', '--format', 'csv');
    expect(status).toBe(0);
    const [header, ...rows] = out.trimEnd().split('\r\n');
    expect(header).toContain('statistical_neighbours_value,statistical_neighbours_year,statistical_neighbours_judgement');
    expect(rows).toHaveLength(51);
    expect(rows.find((row) => row.startsWith('CSC04,'))).toContain(',2023-12,17.2,34,198,');
  });

  it('rejects a quarter that is not a financial quarter with status 2', () => {
    const { status, err } = run('export', SAMPLE, '--quarter', '2024-Q3');
    expect(status).toBe(2);
    expect(err).toContain('--quarter "2024-Q3" is not a financial quarter');
  });

  it('still exports the good rows of a broken folder, with its problems on standard error', () => {
    const { status, out, err } = run('export', brokenCopy(), '--format', 'json');
    expect(status).toBe(0);
    expect(JSON.parse(out)).toHaveLength(51);
    expect(err).toContain('early-help.csv:2:period: error:');
  });
});
