// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isContractFileName } from '../../data/contract-files';
import { loadDataset, type ContractFileContents } from '../../data/load-dataset';
import type { Dataset } from '../../domain/types';
import { NavigationProvider } from '../../ui/navigation/ViewLink';
import { useUrlState } from '../../ui/navigation/use-url-state';
import { DataCheckView } from './DataCheckView';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/contract');

function fixture(name: string): Dataset {
  const dir = resolve(FIXTURES, name);
  const files: ContractFileContents = {};
  for (const file of readdirSync(dir)) if (isContractFileName(file)) files[file] = new Uint8Array(readFileSync(resolve(dir, file)));
  return loadDataset(files);
}

const messy = fixture('messy');

// The report is loaded on demand (a lazy chunk): on a busy machine that can take longer than findBy's default 1s.
const LOADING = { timeout: 10_000 };

function Screen({ dataset }: { dataset: Dataset }) {
  const { state, navigate } = useUrlState();
  return (
    <NavigationProvider value={{ state, navigate }}>
      <DataCheckView dataset={dataset} />
    </NavigationProvider>
  );
}

async function table(): Promise<HTMLTableElement> {
  return (await screen.findByRole('table', {}, LOADING)) as HTMLTableElement;
}

/** "file:line severity" of each body row, in the order shown. */
function rowKeys(element: HTMLTableElement): string[] {
  return [...element.tBodies[0]!.rows].map((row) => `${row.cells[0]!.textContent}:${row.cells[1]!.textContent} ${row.cells[3]!.textContent}`);
}

function columnHeader(element: HTMLTableElement, name: string): HTMLElement {
  return within(element).getByRole('columnheader', { name: new RegExp(`^${name}`) });
}

/** jsdom's Blob has no text(); its FileReader does the same. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolveText) => {
    const reader = new FileReader();
    reader.onload = () => resolveText(String(reader.result));
    reader.readAsText(blob);
  });
}

beforeEach(() => window.history.replaceState(null, '', '/scorecard/?view=data-check'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// A table of 37 problems, each with its help: rendering is slower than a test's default 5 seconds on a busy machine.
describe('the data check on the messy fixture', { timeout: 30_000 }, () => {
  it('counts errors, warnings and notices, and the rows read and kept', async () => {
    render(<Screen dataset={messy} />);
    const found = await screen.findByRole('heading', { level: 3, name: 'What the check found' }, LOADING);
    const counts = [...found.parentElement!.querySelectorAll('li')].map((li) => li.textContent);
    // expected-problems.txt: 23 errors, 10 warnings; notices: measures.csv:1 RAG, commentary.csv:1 author,
    // commentary.csv:3 (no text), settings.csv:3 theme = 4. Summary line: 44 rows read, 20 kept, so 24 left out.
    expect(counts).toEqual(['23 errors', '10 warnings', '4 notices', '44 rows read, 20 kept (24 left out)']);
    expect(within(await table()).getByText(/^37 problems, sorted by file/)).toBeTruthy();
  });

  it('shows the offending cell and the plain-English help on each problem', async () => {
    render(<Screen dataset={messy} />);
    const rows = [...(await table()).tBodies[0]!.rows];
    // early-help.csv line 5: EH01,2024-13,85 - the Period cell.
    const period = rows.find((row) => row.cells[0]!.textContent === 'early-help.csv' && row.cells[1]!.textContent === '5')!;
    expect(period.cells[2]!.textContent).toBe('Period');
    expect(period.cells[5]!.querySelector('code')?.textContent).toBe('2024-13');
    expect(period.cells[4]!.textContent).toContain('"2024-13" is not a month');
    expect(period.cells[4]!.textContent).toContain('months run 01 to 12');
    expect(period.cells[4]!.textContent).toContain('To fix: Write a month as 2024-06');
    // early-help.csv line 9 (the header repeated) is about the whole row: no cell.
    const repeated = rows.find((row) => row.cells[0]!.textContent === 'early-help.csv' && row.cells[1]!.textContent === '9')!;
    expect(repeated.cells[2]!.textContent).toBe('whole row');
    expect(repeated.cells[5]!.textContent).toBe('-');
    // send.csv is a workbook: line 0, the whole file.
    const workbook = rows.find((row) => row.cells[0]!.textContent === 'send.csv')!;
    expect(workbook.cells[1]!.textContent).toBe('whole file');
    // Severity in words with a shape, never colour alone.
    expect(workbook.cells[3]!.textContent).toBe('Error');
    expect(workbook.cells[3]!.querySelector('svg[aria-hidden="true"] rect')).not.toBeNull();
  });

  it('starts in file-then-line order and sorts by severity with the header buttons, keeping the sort in the link', async () => {
    const user = userEvent.setup();
    render(<Screen dataset={messy} />);
    const element = await table();
    expect(columnHeader(element, 'File').getAttribute('aria-sort')).toBe('ascending');
    expect(columnHeader(element, 'Severity').hasAttribute('aria-sort')).toBe(false);
    expect(rowKeys(element).slice(0, 3)).toEqual(['measures.csv:1 Notice', 'measures.csv:6 Error', 'measures.csv:7 Error']);

    // By keyboard: Tab onto the Severity button and press Enter.
    within(columnHeader(element, 'Severity')).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(columnHeader(element, 'Severity').getAttribute('aria-sort')).toBe('ascending');
    expect(columnHeader(element, 'File').hasAttribute('aria-sort')).toBe(false);
    expect(window.location.search).toContain('sort=severity');
    // Errors first, in file-then-line order: measures.csv 6 and 7 are the first two errors.
    expect(rowKeys(element).slice(0, 2)).toEqual(['measures.csv:6 Error', 'measures.csv:7 Error']);
    const severities = rowKeys(element).map((key) => key.split(' ')[1]);
    expect(severities.indexOf('Warning')).toBe(23);
    expect(severities.indexOf('Notice')).toBe(33);

    await user.keyboard(' ');
    expect(columnHeader(element, 'Severity').getAttribute('aria-sort')).toBe('descending');
    expect(window.location.search).toContain('sort=severity-desc');
    // Notices first now: measures.csv:1, commentary.csv:1 and 3, settings.csv:3.
    expect(rowKeys(element).slice(0, 4)).toEqual(['measures.csv:1 Notice', 'commentary.csv:1 Notice', 'commentary.csv:3 Notice', 'settings.csv:3 Notice']);
    expect(within(element).getByText(/sorted by severity, notices first/)).toBeTruthy();
  });

  it('sorts lines as numbers when the Line button is pressed', async () => {
    const user = userEvent.setup();
    render(<Screen dataset={messy} />);
    const element = await table();
    await user.click(within(columnHeader(element, 'Line')).getByRole('button'));
    const lines = [...element.tBodies[0]!.rows].map((row) => row.cells[1]!.textContent);
    // Three whole-file problems (send.csv, lac-sufficiency.csv twice) come first, then the header lines.
    expect(lines.slice(0, 4)).toEqual(['whole file', 'whole file', 'whole file', '1']);
    expect(lines.at(-1)).toBe('14');
  });

  it('filters by severity', async () => {
    const user = userEvent.setup();
    render(<Screen dataset={messy} />);
    await user.selectOptions(await screen.findByLabelText('Show', {}, LOADING), 'Notices only (4)');
    expect(rowKeys(await table())).toEqual(['measures.csv:1 Notice', 'commentary.csv:1 Notice', 'commentary.csv:3 Notice', 'settings.csv:3 Notice']);
    expect(screen.getByRole('button', { name: 'Download as CSV (4 problems as shown)' })).toBeTruthy();
  });

  it('downloads the problems shown as a CSV made in the page', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:data-check';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<Screen dataset={messy} />);
    await user.click(await screen.findByRole('button', { name: /Download as CSV \(37 problems/ }, LOADING));
    expect(clicked).toHaveBeenCalledTimes(1);
    const anchor = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.getAttribute('download')).toBe('data-check.csv');
    const lines = (await readBlob(blobs[0]!)).split('\r\n');
    expect(lines[0]).toBe('file,line,column,severity,message,cell,how_to_fix');
    // measures.csv:1 RAG notice is first in the default order.
    expect(lines[1]).toMatch(/^measures\.csv,1,RAG,notice,"column ""RAG"" is not part of the contract/);
    expect(screen.getByRole('status').textContent).toBe('Downloaded data-check.csv: 37 problems.');
  });
});

describe('the data check on clean data', () => {
  it('says plainly that every row passed', async () => {
    render(<Screen dataset={fixture('complete')} />);
    // contract-fixtures.test.ts: 37 rows read, 37 kept, no problems.
    expect((await screen.findByText(/passed every check/, {}, LOADING)).textContent).toBe('All 37 rows passed every check. There is nothing to fix.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
