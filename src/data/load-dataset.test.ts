import { describe, expect, it, vi } from 'vitest';
import { READ_ORDER } from './contract-files';
import { createDatasetLoader, loadDataset, readAsTheyArrive } from './load-dataset';
import { MEASURES_CSV, formatted, load, valueCsv } from './test-support';

const READ_NAMES = READ_ORDER.map((spec) => spec.name);

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('loadDataset: the fatal case', () => {
  it('is unusable without measures.csv, with one error saying what to supply', () => {
    const dataset = loadDataset({ 'early-help.csv': valueCsv('EH01,2024-06,85.1,,,') });
    expect(dataset.usable).toBe(false);
    expect(dataset.measures).toEqual([]);
    expect(dataset.observations).toEqual([]);
    expect(formatted(dataset.problems)).toEqual([
      'measures.csv:0:-: error: measures.csv is missing, so the scorecard cannot be shown: measures.csv lists every measure, and every other file refers to it. Add measures.csv to the data folder, with a header row naming at least id, area, title, unit, polarity and frequency, and one row per measure',
      'early-help.csv:0:-: notice: its one row was not used, because measures.csv could not be read and every row refers to a measure',
    ]);
    expect(dataset.rowsRead).toBe(1);
    expect(dataset.rowsKept).toBe(0);
  });

  it('treats a web page served in place of measures.csv as missing, and says so', () => {
    const dataset = loadDataset({ 'measures.csv': '<!doctype html><html></html>', 'early-help.csv': valueCsv() });
    expect(dataset.usable).toBe(false);
    expect(dataset.filesPresent).toEqual(['early-help.csv']);
    expect(dataset.problems[0]?.message).toMatch(/^the server answered with a web page instead of measures\.csv, so the scorecard cannot be shown/);
  });

  it('stays usable when measures.csv is present but unreadable; the files that need it get one notice each', () => {
    const dataset = loadDataset({
      'measures.csv': 'id,title\nEH01,t\n',
      'targets.csv': 'measure_id,year,target\nEH01,2024-25,85\n',
      'early-help.csv': valueCsv('EH01,2024-06,85.1,,,', 'EH01,2024-07,86,,,'),
      'glossary.csv': 'term,definition\nDOT,Direction of travel\n',
    });
    expect(dataset.usable).toBe(true);
    expect(dataset.glossary).toHaveLength(1);
    expect(formatted(dataset.problems)).toEqual([
      expect.stringMatching(/^measures\.csv:1:-: error: required column "area" is missing/),
      expect.stringMatching(/^measures\.csv:1:-: error: required column "unit" is missing/),
      expect.stringMatching(/^measures\.csv:1:-: error: required column "polarity" is missing/),
      expect.stringMatching(/^measures\.csv:1:-: error: required column "frequency" is missing/),
      'targets.csv:0:-: notice: its one row was not used, because measures.csv could not be read and every row refers to a measure',
      'early-help.csv:0:-: notice: none of its 2 rows was used, because measures.csv could not be read and every row refers to a measure',
    ]);
    expect([dataset.rowsRead, dataset.rowsKept]).toEqual([5, 1]);
  });
});

describe('loadDataset: files', () => {
  it('lists the files present, in contract order', () => {
    const dataset = loadDataset({ 'settings.csv': 'key,value\n', 'send.csv': valueCsv(), 'measures.csv': MEASURES_CSV });
    expect(dataset.filesPresent).toEqual(['measures.csv', 'send.csv', 'settings.csv']);
  });

  it('loads the other files when one file is unusable (a missing required column)', () => {
    const { dataset, problems } = load({
      'early-help.csv': 'measure_id,value\nEH01,85.1\n',
      'social-care.csv': valueCsv('CSC01,2024-06,462,,,'),
    });
    expect(dataset.observations.map((o) => o.measureId)).toEqual(['CSC01']);
    expect(problems).toEqual([
      'early-help.csv:1:-: error: required column "period" is missing, so none of the rows of early-help.csv can be used. The header row must name the columns measure_id, period, value (in any order).',
    ]);
  });

  it('reports an .xlsx renamed to .csv as an error for that file and loads the rest', () => {
    const { dataset, problems } = load({
      'early-help.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
      'social-care.csv': valueCsv('CSC01,2024-06,462,,,'),
    });
    expect(dataset.filesPresent).toContain('early-help.csv');
    expect(dataset.observations).toHaveLength(1);
    expect(problems).toEqual([
      'early-help.csv:0:-: error: this is not a CSV file: it looks like an Excel workbook (.xlsx) or another zip file renamed to .csv. Open it in Excel and use Save As > "CSV UTF-8 (Comma delimited) (*.csv)". None of its rows were read.',
    ]);
  });

  it('reads a Windows-1252 measures.csv (0xA3 for £ in a title) with a warning naming the file', () => {
    const header = utf8('id,area,title,unit,polarity,frequency\nCSC09,social-care,Spend per child (');
    const bytes = new Uint8Array([...header, 0xa3, ...utf8('),currency-gbp,low,annual\n')]);
    const { dataset, problems } = load({ 'measures.csv': bytes, 'early-help.csv': valueCsv() });
    expect(dataset.measures[0]?.title).toBe('Spend per child (£)');
    expect(problems).toEqual([
      'measures.csv:0:-: warning: the file is not UTF-8 (first unreadable character on line 2); it was read as Windows-1252, so check symbols such as £ and accented letters. Open it in Excel and use Save As > "CSV UTF-8 (Comma delimited) (*.csv)".',
    ]);
  });

  it('reads BOM, CRLF and quoted headers from bytes', () => {
    const text = '\uFEFF"measure_id","period","value"\r\n"EH01","2024-06","85.1"\r\n';
    const { dataset, problems } = load({ 'early-help.csv': utf8(text) });
    expect(problems).toEqual([]);
    expect(dataset.observations[0]?.value).toMatchObject({ value: 85.1 });
  });

  it('reports an empty value file as unusable', () => {
    expect(load({ 'early-help.csv': '' }).problems).toEqual([
      'early-help.csv:0:-: error: the file is empty: it needs a header row naming the columns measure_id, period, value',
    ]);
  });

  it('reports a folder with no value file at all', () => {
    expect(load({}).problems).toEqual([
      'early-help.csv:0:-: error: none of the value files (early-help.csv, social-care.csv, send.csv, lac-sufficiency.csv) was supplied, so no measure has a value: supply at least one',
    ]);
  });
});

describe('loadDataset: counts, order and progress', () => {
  it('counts non-blank data rows of every contract file as read, and rows read minus rows skipped as kept', () => {
    const { dataset } = load({
      // 7 measures, all kept
      'targets.csv': 'measure_id,year,target\nEH01,2024-25,85\nEH01,2024-25,86\n', // 2 read, 1 skipped (duplicate)
      'early-help.csv': valueCsv('EH01,2024-06,85.1,,,', '', 'EH01,2024-13,1,,,', 'EH99,2024-06,1,,,'), // 3 read, 2 skipped
      'social-care.csv': 'measure_id,value\nCSC01,1\nCSC01,2\n', // unusable: 2 read, 2 skipped
      'settings.csv': 'key,value\nauthority_name,Rotherham\ncolour,red\n', // 2 read, 1 ignored
    });
    expect(dataset.rowsRead).toBe(7 + 2 + 3 + 2 + 2);
    expect(dataset.rowsKept).toBe(7 + 1 + 1 + 0 + 1);
  });

  it('sorts problems by file in contract order, then by line, keeping the order found within a line', () => {
    const { dataset } = load({
      'settings.csv': 'key,value\ncolour,red\n',
      'early-help.csv': valueCsv('EH01,2024-06,abc,xyz,,', 'EH01,2024-06,85,,,'),
      'targets.csv': 'measure_id,year,target,Extra\nEH01,2024-25,[x],\n',
      'measures.csv': `${MEASURES_CSV}\nbad id,send,t,number,none,monthly,,\n`,
    });
    expect(dataset.problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      'measures.csv:9:id',
      'targets.csv:1:Extra',
      'targets.csv:2:target',
      'early-help.csv:2:value',
      'early-help.csv:2:numerator',
      'settings.csv:2:key',
    ]);
  });

  it('reports progress after each of the eleven contract files (actions.csv included), present or not', () => {
    const onProgress = vi.fn();
    loadDataset({ 'measures.csv': MEASURES_CSV }, { onProgress });
    expect(onProgress.mock.calls).toEqual(READ_NAMES.map((name, i) => [name, i + 1, 11]));
  });
});

describe('createDatasetLoader: one file at a time, in READ_ORDER', () => {
  const files = {
    'measures.csv': MEASURES_CSV,
    'targets.csv': 'measure_id,year,target\nEH01,2024-25,85\n',
    'early-help.csv': valueCsv('EH01,2024-06,85.1,,,', 'EH01,2024-06,86,,,'),
    'send.csv': valueCsv('SEND01,2024,61,,,'),
  };

  it('gives the same Dataset as loadDataset, naming each file it wants next', () => {
    const loader = createDatasetLoader();
    const asked: string[] = [];
    for (let name = loader.next; name !== null; name = loader.next) {
      asked.push(name);
      loader.read(files[name as keyof typeof files]);
    }
    expect(asked).toEqual(READ_NAMES);
    expect(loader.finish()).toEqual(loadDataset(files));
  });

  it('keeps no observations when asked not to, handing each value file\'s over as it is read', () => {
    const handed: string[][] = [];
    const loader = createDatasetLoader({ keepObservations: false, onObservations: (rows) => handed.push(rows.map((o) => `${o.measureId} ${o.source.file}:${o.source.line}`)) });
    for (let name = loader.next; name !== null; name = loader.next) loader.read(files[name as keyof typeof files]);
    const dataset = loader.finish();
    const kept = loadDataset(files);
    expect(dataset.observations).toEqual([]);
    expect(handed.flat()).toEqual(kept.observations.map((o) => `${o.measureId} ${o.source.file}:${o.source.line}`));
    expect(handed).toHaveLength(2);
    expect({ ...dataset, observations: kept.observations }).toEqual(kept);
  });

  it('refuses to finish before every file is read, and to read past the last', () => {
    const loader = createDatasetLoader();
    loader.read(MEASURES_CSV);
    expect(() => loader.finish()).toThrow('targets.csv and the files after it have not been read');
    while (loader.next !== null) loader.read(undefined);
    expect(() => loader.read(undefined)).toThrow('every contract file has already been read');
    expect(loader.finish().measures).toHaveLength(7);
  });
});

describe('readAsTheyArrive: files in any order, read in READ_ORDER', () => {
  const files = {
    'measures.csv': MEASURES_CSV,
    'early-help.csv': valueCsv('EH01,2024-06,85.1,,,'),
    'social-care.csv': valueCsv('CSC01,2024-06,40,,,'),
  };

  it('reads each file once every file before it has come, and gives the Dataset with the last', () => {
    const read: string[] = [];
    const reader = readAsTheyArrive(createDatasetLoader({ onProgress: (file) => read.push(file) }));
    const arrivals = [...READ_NAMES].reverse();
    const results = arrivals.map((name) => reader.add(name, files[name as keyof typeof files]));
    // Nothing can be read before measures.csv, the last to come here; then everything is.
    expect(results.slice(0, -1)).toEqual(arrivals.slice(0, -1).map(() => null));
    expect(read).toEqual(READ_NAMES);
    expect(results.at(-1)).toEqual(loadDataset(files));
  });

  it('reads measures.csv as soon as it comes, then the small files, then the value files', () => {
    const read: string[] = [];
    const reader = readAsTheyArrive(createDatasetLoader({ onProgress: (file) => read.push(file) }));
    reader.add('measures.csv', MEASURES_CSV);
    reader.add('early-help.csv', files['early-help.csv']);
    expect(read).toEqual(['measures.csv']);
    for (const name of ['targets.csv', 'benchmarks.csv', 'commentary.csv', 'glossary.csv', 'settings.csv'] as const) reader.add(name, undefined);
    expect(read).toEqual(['measures.csv', 'targets.csv', 'benchmarks.csv', 'commentary.csv', 'glossary.csv', 'settings.csv']);
    reader.add('actions.csv', undefined);
    expect(read.slice(-2)).toEqual(['actions.csv', 'early-help.csv']);
    expect(() => reader.add('targets.csv', undefined)).toThrow('targets.csv arrived twice');
  });

  it('reads the value files after every other file, in contract order among themselves, and lists the files present in contract order', () => {
    expect(READ_NAMES.slice(-4)).toEqual(['early-help.csv', 'social-care.csv', 'send.csv', 'lac-sufficiency.csv']);
    expect(READ_NAMES.slice(0, 2)).toEqual(['measures.csv', 'targets.csv']);
    const dataset = loadDataset({ ...files, 'targets.csv': 'measure_id,year,target\nEH01,2024-25,85\n', 'actions.csv': 'ref,priority,action,due,status\n' });
    expect(dataset.filesPresent).toEqual(['measures.csv', 'targets.csv', 'early-help.csv', 'social-care.csv', 'actions.csv']);
  });
});
