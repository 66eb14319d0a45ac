// Whatever arrives as a contract file, the loader answers with problems, never an exception: bad input must
// never blank the dashboard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FILE_NAMES, type ContractFileName } from './contract-files';
import { loadDataset, type ContractFileContents } from './load-dataset';
import { MEASURES_CSV } from './test-support';

const fileName = fc.constantFrom(...CONTRACT_FILE_NAMES);

/** Text that looks a little like CSV: commas, quotes, line ends, brackets and digits are over-represented. */
const csvish = fc
  .array(fc.oneof(fc.constantFrom(',', '"', '\n', '\r\n', '[c]', '(', ')', '£', '%', ' ', "'", 'EH01', '2024-06', '85.1'), fc.string()), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

const contents = fc.oneof(csvish, fc.string(), fc.uint8Array({ maxLength: 300 }));

const folder = fc.dictionary(fileName, contents, { maxKeys: 10 }) as fc.Arbitrary<ContractFileContents>;

function checkInvariants(files: ContractFileContents): void {
  const dataset = loadDataset(files);
  expect(dataset.rowsKept).toBeLessThanOrEqual(dataset.rowsRead);
  expect(dataset.rowsKept).toBeGreaterThanOrEqual(0);
  if (files['measures.csv'] === undefined) expect(dataset.usable).toBe(false);
  for (const problem of dataset.problems) {
    expect(problem.message).not.toContain('unexpected fault');
    expect(problem.line).toBeGreaterThanOrEqual(0);
  }
}

describe('loadDataset never throws', () => {
  it('on random contents for any contract files', () => {
    fc.assert(fc.property(folder, (files) => checkInvariants(files)), { numRuns: 300 });
  });

  it('on random contents beside a good measures.csv, so rows reach every reader', () => {
    const beside = fc.tuple(fc.constantFrom(...CONTRACT_FILE_NAMES.filter((n) => n !== 'measures.csv')), contents, csvish);
    fc.assert(
      fc.property(beside, ([name, body, rows]) => {
        const header: Record<string, string> = {
          'targets.csv': 'measure_id,year,target,tolerance',
          'benchmarks.csv': 'measure_id,year,statistical_neighbours,regional,national,quartile',
          'commentary.csv': 'measure_id,period,text',
          'glossary.csv': 'term,definition',
          'settings.csv': 'key,value',
        };
        const text = `${header[name] ?? 'measure_id,period,value,numerator,denominator,note'}\n${rows}`;
        checkInvariants({ 'measures.csv': MEASURES_CSV, [name as ContractFileName]: typeof body === 'string' ? text : body });
      }),
      { numRuns: 500 },
    );
  });
});
