// Issue 5 hardening: every malformed-CSV case an officer's export can produce, loaded through the same
// loadDataset the browser and the command line use. Each case asserts the exact problem lines (file:line:column)
// and that the good rows around the bad ones are still kept. The line numbers are counted by hand: the header
// is line 1, blank lines count, and a row is reported at the line where it starts.
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/data/format-problem';
import { loadDataset } from '../../src/data/load-dataset';
import { MEASURES_CSV, formatted, load, valueCsv } from '../../src/data/test-support';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `file:line` of every observation kept, in order. */
function keptRows(dataset: ReturnType<typeof loadDataset>): string[] {
  return dataset.observations.map((o) => `${o.source.file}:${o.source.line}`);
}

/** A good file beside the bad one, to show one bad file never costs another file's rows. */
const GOOD_SOCIAL_CARE = valueCsv('CSC01,2024-06,462,,,');

describe('missing or misplaced header', () => {
  it('a file that starts with data (the header row deleted): one error at line 1, the file unusable, other files still load', () => {
    const { dataset, problems } = load({ 'early-help.csv': 'EH01,2024-06,85.1\nEH01,2024-07,86\n', 'social-care.csv': GOOD_SOCIAL_CARE });
    expect(problems).toEqual([
      'early-help.csv:1:-: error: the first row should be the header row naming the columns, but it looks like data ("EH01", "2024-06", "85.1"): ' +
        'the header row is missing, so none of the rows of early-help.csv can be used. Add a first line naming the columns measure_id, period, value ' +
        '(in any order), for example: measure_id,period,value,numerator,denominator,note',
    ]);
    expect(keptRows(dataset)).toEqual(['social-care.csv:2']);
  });

  it('a measures.csv that starts with data is reported the same way, with its own columns', () => {
    const dataset = loadDataset({ 'measures.csv': 'EH01,early-help,Families contacted,percent,high,monthly\n', 'early-help.csv': valueCsv() });
    expect(formatted(dataset.problems)[0]).toMatch(
      /^measures\.csv:1:-: error: the first row should be the header row naming the columns, but none of its names \("EH01", "early-help", "Families contacted", \.\.\.\) is a column of measures\.csv/,
    );
  });

  it('an empty first line: the header is read from line 2 and the first row is line 3', () => {
    const { dataset, problems } = load({ 'early-help.csv': '\nmeasure_id,period,value\nEH01,2024-06,85.1\n' });
    expect(problems).toEqual([]);
    expect(keptRows(dataset)).toEqual(['early-help.csv:3']);
  });

  it('a missing required column makes that file unusable (reported at the header line) and other files still load', () => {
    const { dataset, problems } = load({ 'targets.csv': 'measure_id,year,tolerance\nEH01,2024-25,84\n', 'social-care.csv': GOOD_SOCIAL_CARE });
    expect(problems).toEqual([
      'targets.csv:1:-: error: required column "target" is missing, so none of the rows of targets.csv can be used. The header row must name the columns measure_id, year, target (in any order).',
    ]);
    expect(dataset.targets).toEqual([]);
    expect(keptRows(dataset)).toEqual(['social-care.csv:2']);
  });
});

describe('extra columns and ragged rows', () => {
  it('extra columns: one notice per unknown column at line 1, every row kept', () => {
    const { dataset, problems } = load({ 'early-help.csv': 'measure_id,period,value,RAG,Comments\nEH01,2024-06,85.1,Amber,fine\nEH01,2024-07,86,Green,\n' });
    expect(problems).toEqual([
      'early-help.csv:1:RAG: notice: column "RAG" is not part of the contract for early-help.csv and is ignored',
      'early-help.csv:1:Comments: notice: column "Comments" is not part of the contract for early-help.csv and is ignored',
    ]);
    expect(keptRows(dataset)).toEqual(['early-help.csv:2', 'early-help.csv:3']);
  });

  it('ragged rows: too many cells is an error, too few to hold a required cell is an error, a short row with only optional cells missing is kept with a warning, trailing empty cells are accepted', () => {
    const { dataset, problems } = load({
      'early-help.csv': valueCsv(
        'EH01,2024-06,85,,,,,', // line 2: trailing empty cells (Excel) - kept, nothing said
        'EH01,2024-07,85,1,2,note,extra', // line 3: 7 cells for 6 columns
        'EH01,2024-08', // line 4: no value
        'EH01,2024-09,86', // line 5: numerator, denominator, note missing
      ),
    });
    expect(problems).toEqual([
      'early-help.csv:3:-: error: the row has 7 cells but the header has 6 columns, so its cells cannot be matched to columns; a value containing a comma (such as 1,234 or a sentence) must be in double quotes. The row is skipped',
      'early-help.csv:4:-: error: the row has 2 cells but the header has 6 columns, so it has no "value". The row is skipped',
      'early-help.csv:5:-: warning: the row has 3 cells but the header has 6 columns; the missing "numerator", "denominator", "note" are read as empty',
    ]);
    expect(keptRows(dataset)).toEqual(['early-help.csv:2', 'early-help.csv:5']);
  });
});

describe('quotes and repeated headers', () => {
  it('a stray quote inside a cell is a cell error; an unclosed quote swallows the rest of the file, reported at the line it starts', () => {
    const { dataset, problems } = load({
      'early-help.csv': valueCsv('EH01,2024-06,85,,,"ok"', 'EH01,2024-07,8"6,,,', 'EH01,2024-08,"87,,,', 'EH01,2024-09,88,,,'),
    });
    expect(problems).toEqual([
      'early-help.csv:3:value: error: "8"6" is not a number or a special value; write a number (e.g. 85.1, 1,234 or 85.1 [p]), one of [c] [x] [z] [low] [u], or leave the cell empty',
      'early-help.csv:4:-: error: a quoted field that starts in this row is never closed (a " is missing), so everything after it to the end of the file was read as one cell; add the closing ". The row is skipped',
    ]);
    // Line 5 is inside the unclosed quote: it cannot be told apart from the cell, so only line 2 is kept.
    expect(keptRows(dataset)).toEqual(['early-help.csv:2']);
  });

  it('a header repeated mid-file (two exports pasted together) is skipped; the rows after it are kept', () => {
    const { dataset, problems } = load({
      'early-help.csv': valueCsv('EH01,2024-06,85,,,', 'Measure_ID,Period,Value,Numerator,Denominator,Note', 'EH01,2024-07,86,,,'),
    });
    expect(problems).toEqual(['early-help.csv:3:-: error: the header row is repeated here (were two files pasted together?); the row is skipped']);
    expect(keptRows(dataset)).toEqual(['early-help.csv:2', 'early-help.csv:4']);
  });
});

describe('duplicates and unknown ids', () => {
  it('duplicate measure/period rows (within a file, across files, and in another period form) report the second and keep the first', () => {
    const { dataset } = load({
      'early-help.csv': valueCsv('EH01,2024-06,85,,,', 'EH01,2024-06,99,,,', 'CSC02,2024-25 Q1,20,,,'),
      'social-care.csv': valueCsv('CSC02,2024-06,21,,,'), // 2024-06 ends 2024-25 Q1: the same period
    });
    expect(formatted(dataset.problems)).toEqual([
      'early-help.csv:3:-: error: a second row for measure EH01 and period 2024-06: the first is early-help.csv line 2, which is kept. Delete one of them',
      'social-care.csv:2:-: error: a second row for measure CSC02 and period 2024-25 Q1: the first is early-help.csv line 4, which is kept. Delete one of them',
    ]);
    expect(dataset.observations.map((o) => o.value)).toMatchObject([{ value: 85 }, { value: 20 }]);
  });

  it('a duplicate measure id and a duplicate target row', () => {
    const dataset = loadDataset({
      'measures.csv': `${MEASURES_CSV}\nEH01,send,Again,number,high,monthly,,\n`, // line 9
      'targets.csv': 'measure_id,year,target\nEH01,2024-25,85\nEH01,2024-25,90\n',
      'early-help.csv': valueCsv('EH01,2024-06,85,,,'),
    });
    expect(formatted(dataset.problems)).toEqual([
      'measures.csv:9:id: error: measure id "EH01" is already used on line 2; ids must be unique. The row is skipped',
      'targets.csv:3:-: error: a second target for measure EH01 in 2024-25: the first is on line 2, which is kept. Delete one of them',
    ]);
    expect(dataset.measures.find((m) => m.id === 'EH01')?.title).toBe('Families contacted within 3 working days');
    expect(dataset.targets).toHaveLength(1);
  });

  it('unknown measure ids in value, target, benchmark and commentary rows are errors for those rows only', () => {
    const { dataset } = load({
      'targets.csv': 'measure_id,year,target\nXX01,2024-25,85\nEH01,2024-25,85\n',
      'early-help.csv': valueCsv('XX01,2024-06,1,,,', 'EH01,2024-06,85,,,'),
      'benchmarks.csv': 'measure_id,year,national\nXX01,2023-24,5\n',
      'commentary.csv': 'measure_id,period,text\nXX01,2024-06,Hello\n',
    });
    expect(formatted(dataset.problems).map((p) => p.split(' is not in measures.csv')[0])).toEqual([
      'targets.csv:2:measure_id: error: measure "XX01"',
      'early-help.csv:2:measure_id: error: measure "XX01"',
      'benchmarks.csv:2:measure_id: error: measure "XX01"',
      'commentary.csv:2:measure_id: error: measure "XX01"',
    ]);
    expect(dataset.problems.every((p) => p.message.includes('is not in measures.csv'))).toBe(true);
    expect(keptRows(dataset)).toEqual(['early-help.csv:3']);
    expect(dataset.targets).toHaveLength(1);
  });
});

describe('bad periods', () => {
  it('2024-13, Q5, 2024/25, 2024-25 Q5 and 2024/25 Q1 are each an error under the period column; the good row is kept', () => {
    const { dataset, problems } = load({
      'early-help.csv': valueCsv('EH01,2024-13,1,,,', 'EH01,Q5,1,,,', 'EH01,2024/25,1,,,', 'CSC02,2024-25 Q5,1,,,', 'CSC02,2024/25 Q1,1,,,', 'EH01,2024-06,85,,,'),
    });
    expect(problems).toEqual([
      'early-help.csv:2:period: error: "2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
      'early-help.csv:3:period: error: "Q5" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
      'early-help.csv:4:period: error: "2024/25" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
      'early-help.csv:5:period: error: "2024-25 Q5" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
      'early-help.csv:6:period: error: "2024/25 Q1" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
    ]);
    expect(keptRows(dataset)).toEqual(['early-help.csv:7']);
  });

  it('a period of the wrong frequency (a quarter for a monthly measure, May for a financial quarterly one)', () => {
    const { problems } = load({ 'early-help.csv': valueCsv('EH01,2024-25 Q1,85,,,', 'CSC02,2024-05,20,,,') });
    expect(problems).toEqual([
      'early-help.csv:2:period: error: "2024-25 Q1" is a quarter, but this monthly measure needs a month (YYYY-MM)',
      'early-help.csv:3:period: error: "2024-05" is a month that ends no financial quarter, but this quarterly measure needs a quarter (YYYY-YY Qn, YYYY Qn, or the YYYY-MM month that ends the quarter)',
    ]);
  });

  it('a target year written 2024/25 is an error under the year column', () => {
    const { problems } = load({ 'targets.csv': 'measure_id,year,target\nEH01,2024/25,85\n', 'early-help.csv': valueCsv() });
    expect(problems).toEqual([expect.stringMatching(/^targets\.csv:2:year: error: "2024\/25" /)]);
  });
});

describe('numbers as Excel writes them', () => {
  it('85.1%, "1,234", (12), \'42, "£6,436.00" and " 97.8 " are read as numbers; only the bracketed negative warns', () => {
    const { dataset, problems } = load({
      'measures.csv': `${MEASURES_CSV}\nG1,send,Spend per child,currency-gbp,low,monthly,,\n`,
      'early-help.csv': valueCsv(
        'EH01,2024-06,85.1%,,,', // line 2
        'CSC01,2024-06,"1,234",,,', // line 3
        'CSC01,2024-07,(12),,,', // line 4
        "CSC01,2024-08,'42,,,", // line 5
        'G1,2024-06,"£6,436.00",,,', // line 6
        'CSC03,2024-06, 97.8 ,,,', // line 7
      ),
    });
    expect(dataset.observations.map((o) => (o.value.kind === 'number' ? o.value.value : o.value.code))).toEqual([85.1, 1234, -12, 42, 6436, 97.8]);
    expect(problems).toEqual([
      'early-help.csv:4:value: warning: "(12)" was read as -12 (brackets mean a negative number in accounting formats); write -12 to avoid this warning',
      'early-help.csv:4:value: warning: -12 is negative, but a count cannot be; it is shown as supplied, so check it',
    ]);
  });

  it('fractions in a percent measure: one warning for the file, values not rescaled', () => {
    const { dataset, problems } = load({ 'early-help.csv': valueCsv('EH01,2024-06,0.851,,,', 'EH01,2024-07,0.86,,,') });
    expect(dataset.observations.map((o) => o.value)).toMatchObject([{ value: 0.851 }, { value: 0.86 }]);
    expect(problems).toEqual([
      'early-help.csv:0:value: warning: every percentage in this file is between 0 and 1 (e.g. 0.851): were fractions exported instead of percentages? Values are not rescaled, so 0.851 is shown as 0.851%; write 85.1 for 85.1%',
    ]);
  });
});

describe('targets', () => {
  it('a tolerance on the wrong side of the target (high and low polarity) and a target for a polarity-none measure are errors; a tolerance equal to the target is accepted', () => {
    const { dataset, problems } = load({
      'targets.csv': 'measure_id,year,target,tolerance\nEH01,2024-25,85,90\nCSC02,2024-25,20,15\nCSC01,2024-25,100,\nCSC03,2024-25,10,10\n',
      'early-help.csv': valueCsv(),
    });
    expect(problems).toEqual([
      'targets.csv:2:tolerance: error: the tolerance 90 is above the target 85, but for measure EH01 (high is good) the tolerance is the amber threshold and must be at or below the target',
      'targets.csv:3:tolerance: error: the tolerance 15 is below the target 20, but for measure CSC02 (low is good) the tolerance is the amber threshold and must be at or above the target',
      'targets.csv:4:target: error: measure CSC01 has polarity "none" (it is not rated), so it cannot have a target: delete this row or change the measure\'s polarity',
    ]);
    expect(dataset.targets.map((t) => t.measureId)).toEqual(['CSC03']);
  });
});

describe('implausible figures: warnings, values shown as supplied', () => {
  // The ranges (see /work/notes/hardening-cases.md): percent 0 to 100 inclusive (no slack: 100.04% cannot be a
  // share of a cohort, and display rounding never takes a true 0-100 figure outside it); number, rate-per-10k,
  // days, weeks and numerators/denominators 0 or more; currency-gbp and score unbounded (a refund or a net
  // score may be negative).
  const MEASURES = `${MEASURES_CSV}\nW1,send,Weeks waited,weeks,low,monthly,,\nG1,send,Net spend,currency-gbp,low,monthly,,\nS1,send,Score,score,high,monthly,,\n`;

  it('flags a percent of 850, 100.04 and -1, negative counts, rates, days, weeks and tallies, and a 0 denominator', () => {
    const { dataset, problems } = load({
      'measures.csv': MEASURES,
      'send.csv': valueCsv(
        'EH01,2024-06,850,,,', // 2
        'EH01,2024-07,100.04,,,', // 3
        'EH01,2024-08,-1,,,', // 4
        'EH01,2024-09,100,,,', // 5: the top of the range, no warning
        'CSC01,2024-06,-3,,,', // 6
        'LAC01,2024-03,-5,,,', // 7
        'CSC03,2024-06,-1,,,', // 8
        'W1,2024-06,-2,,,', // 9
        'EH01,2024-10,50,-1,2,', // 10: negative numerator; 100 x -1 / 2 = -50.0, not 50
        'EH01,2024-11,0,0,0,', // 11: 0 denominator, no ratio to check
        'G1,2024-06,-500,,,', // 12: a negative amount of money is possible
        'S1,2024-06,-3,,,', // 13: so is a negative score
      ),
    });
    expect(problems).toEqual([
      'send.csv:2:value: warning: 850 is not a plausible percentage (expected 0 to 100); it is shown as supplied, so check it',
      'send.csv:3:value: warning: 100.04 is not a plausible percentage (expected 0 to 100); it is shown as supplied, so check it',
      'send.csv:4:value: warning: -1 is not a plausible percentage (expected 0 to 100); it is shown as supplied, so check it',
      'send.csv:6:value: warning: -3 is negative, but a count cannot be; it is shown as supplied, so check it',
      'send.csv:7:value: warning: -5 is negative, but a rate cannot be; it is shown as supplied, so check it',
      'send.csv:8:value: warning: -1 is negative, but a number of days cannot be; it is shown as supplied, so check it',
      'send.csv:9:value: warning: -2 is negative, but a number of weeks cannot be; it is shown as supplied, so check it',
      'send.csv:10:numerator: warning: the numerator -1 is negative, but it is a count; check it',
      'send.csv:10:value: warning: the value 50 does not match the numerator and denominator: 100 x -1 / 2 = -50.0 at 1 decimal places. The value is shown as supplied; check all three',
      'send.csv:11:denominator: warning: the denominator is 0, so no percentage or rate can be worked out from this row; check it',
    ]);
    // Warnings never cost a row: all 12 are kept.
    expect(dataset.observations).toHaveLength(12);
    expect(dataset.observations[0]?.value).toMatchObject({ value: 850 });
  });
});

describe('encodings and files that are not CSV', () => {
  it('Windows-1252 bytes in a value file note and in commentary: decoded (0xA3 is £, 0xE9 is é) with one warning per file', () => {
    const note = new Uint8Array([...utf8('measure_id,period,value,note\nEH01,2024-06,85,Spend '), 0xa3, ...utf8('5\n')]);
    const text = new Uint8Array([...utf8('measure_id,period,text\n\nEH01,2024-06,Caf'), 0xe9, ...utf8(' opened\n')]);
    const { dataset, problems } = load({ 'early-help.csv': note, 'commentary.csv': text });
    expect(dataset.observations[0]?.note).toBe('Spend £5');
    expect(dataset.commentary[0]?.text).toBe('Café opened');
    expect(problems).toEqual([
      'early-help.csv:0:-: warning: the file is not UTF-8 (first unreadable character on line 2); it was read as Windows-1252, so check symbols such as £ and accented letters. Open it in Excel and use Save As > "CSV UTF-8 (Comma delimited) (*.csv)".',
      'commentary.csv:0:-: warning: the file is not UTF-8 (first unreadable character on line 3); it was read as Windows-1252, so check symbols such as £ and accented letters. Open it in Excel and use Save As > "CSV UTF-8 (Comma delimited) (*.csv)".',
    ]);
  });

  it('an empty file (0 bytes, or blank lines only) is an error at line 0; a header-only value file is fine', () => {
    for (const empty of [new Uint8Array(), '\n\n\r\n']) {
      expect(load({ 'early-help.csv': empty, 'social-care.csv': GOOD_SOCIAL_CARE }).problems).toEqual([
        'early-help.csv:0:-: error: the file is empty: it needs a header row naming the columns measure_id, period, value',
      ]);
    }
    const { dataset, problems } = load({ 'early-help.csv': 'measure_id,period,value\n', 'social-care.csv': GOOD_SOCIAL_CARE });
    expect(problems).toEqual([]);
    expect(keptRows(dataset)).toEqual(['social-care.csv:2']);
  });

  it('an empty or header-only measures.csv says why nothing can be shown', () => {
    const empty = loadDataset({ 'measures.csv': new Uint8Array(), 'early-help.csv': valueCsv('EH01,2024-06,85,,,') });
    expect(formatted(empty.problems)).toEqual([
      'measures.csv:0:-: error: the file is empty: it needs a header row naming the columns id, area, title, unit, polarity, frequency',
      'early-help.csv:0:-: notice: its one row was not used, because measures.csv could not be read and every row refers to a measure',
    ]);
    const headerOnly = loadDataset({ 'measures.csv': 'id,area,title,unit,polarity,frequency\n', 'early-help.csv': valueCsv('EH01,2024-06,85,,,') });
    expect(formatted(headerOnly.problems)).toEqual([
      'measures.csv:0:-: error: measures.csv has a header row but no measures under it, so no figure can be shown: add one row per measure below the header',
      'early-help.csv:2:measure_id: error: measure "EH01" is not in measures.csv: add it there or correct the id. The row is skipped',
    ]);
  });

  const NOT_CSV: Array<[string, Uint8Array, string]> = [
    ['an .xlsx renamed', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'it looks like an Excel workbook (.xlsx) or another zip file renamed to .csv. Open it in Excel'],
    ['an .xls renamed', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]), 'it looks like an old Excel workbook (.xls) renamed to .csv. Open it in Excel'],
    ['a PNG renamed', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'it is a picture (PNG, JPEG or GIF) renamed to .csv. Put the CSV file'],
    ['a JPEG renamed', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'it is a picture (PNG, JPEG or GIF) renamed to .csv. Put the CSV file'],
    ['a PDF renamed', utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), 'it is a PDF document renamed to .csv. Put the CSV file'],
    ['other binary data', new Uint8Array([...utf8('measure_id,period'), 0x00, 0x01, 0x02]), 'it contains binary data (NUL bytes). Open it in Excel'],
  ];
  for (const [name, bytes, reason] of NOT_CSV) {
    it(`${name}: an error at line 0 for that file, its rows not read, the other files loaded`, () => {
      const { dataset, problems } = load({ 'early-help.csv': bytes, 'social-care.csv': GOOD_SOCIAL_CARE });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^early-help\.csv:0:-: error: this is not a CSV file: /);
      expect(problems[0]).toContain(reason);
      expect(problems[0]).toMatch(/None of its rows were read\.$/);
      expect(keptRows(dataset)).toEqual(['social-care.csv:2']);
    });
  }

  it('UTF-16 ("Unicode Text" from Excel), with or without a byte-order mark, little- or big-endian: read, with a warning', () => {
    const text = 'measure_id,period,value\nEH01,2024-06,85.1\n';
    const le = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
    const be = [...text].flatMap((c) => [0, c.charCodeAt(0)]);
    const forms = { 'LE with BOM': [0xff, 0xfe, ...le], 'BE with BOM': [0xfe, 0xff, ...be], 'LE without BOM': le, 'BE without BOM': be };
    for (const [form, bytes] of Object.entries(forms)) {
      const { dataset, problems } = load({ 'early-help.csv': new Uint8Array(bytes) });
      expect(problems, form).toEqual([
        'early-help.csv:0:-: warning: the file is saved as UTF-16 ("Unicode Text"); it was read, but please save it as UTF-8: Open it in Excel and use Save As > "CSV UTF-8 (Comma delimited) (*.csv)".',
      ]);
      expect(dataset.observations.map((o) => o.value), form).toMatchObject([{ value: 85.1 }]);
    }
  });

  it('a semicolon-separated export (European Excel) says to save as comma delimited', () => {
    const { problems } = load({ 'early-help.csv': 'measure_id;period;value\nEH01;2024-06;85,1\n' });
    expect(problems.at(-1)).toContain('The file seems to use semicolons between columns: save it as CSV (comma delimited).');
  });
});

describe('the whole folder at once', () => {
  it('one folder with a bad file of every kind still shows every good row and counts them', () => {
    const dataset = loadDataset({
      'measures.csv': MEASURES_CSV, // 7 measures
      'early-help.csv': 'EH01,2024-06,85.1\n', // no header: 0 rows read (the data row is taken as the header)
      'social-care.csv': valueCsv('CSC01,2024-06,462,,,', 'CSC01,2024-13,1,,,', 'CSC01,2024-07,"470,,,'), // 3 read (the unclosed quote is one row), 1 kept
      'send.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04]), // xlsx: 0 read
      'lac-sufficiency.csv': valueCsv('LAC01,2024-03,-5,,,', 'LAC01,2023-03,50,,,'), // 2 read, 2 kept (a warning)
      'targets.csv': 'measure_id,year,target,tolerance\nCSC02,2024-25,20,15\n', // 1 read, 0 kept
    });
    expect(dataset.usable).toBe(true);
    expect(keptRows(dataset)).toEqual(['social-care.csv:2', 'lac-sufficiency.csv:2', 'lac-sufficiency.csv:3']);
    // rows read: 7 + 0 + 3 + 0 + 2 + 1 = 13; kept: 7 + 1 + 2 = 10; errors: early-help header, social-care period
    // and quote, send.csv binary, targets tolerance = 5; warnings: the negative rate = 1.
    expect(summaryLine(dataset)).toBe('13 rows read, 10 kept, 5 errors, 1 warnings');
  });
});
