import { notContractFileProblem } from '../data/contract-files';
import { formatProblem, summaryLine } from '../data/format-problem';
import { loadDataset } from '../data/load-dataset';
import { toCsv } from '../data/write-csv';
import { exportRecord, flattenExportRecord } from '../domain/export-record';
import { financialQuarterKey, parseFinancialQuarter } from '../domain/periods';
import { buildScorecard, defaultQuarter, indexDataset } from '../domain/scorecard';
import type { Dataset, Problem } from '../domain/types';
import { readDataFolder, UnreadableFolderError } from './read-data-folder';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const USAGE = `Usage:
  scorecard validate <dir>
      Check a folder of scorecard CSV files before publishing it.
  scorecard export <dir> [--quarter 2024-25-Q3] [--format json|csv]
      Print the computed scorecard for a financial quarter (default: the latest quarter with data).

Exit status: 0 no errors, 1 errors in the data (or no measures.csv), 2 usage error or unreadable folder.`;

class UsageError extends Error {}

/** Runs one command and returns its exit status; all output goes through `io` so tests can read it. */
export function runCli(args: readonly string[], io: CliIo): number {
  try {
    const [command, ...rest] = args;
    if (command === 'validate') return validate(rest, io);
    if (command === 'export') return exportScorecard(rest, io);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnreadableFolderError) {
      io.err(`scorecard: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

function loadFolder(dir: string): Dataset {
  const { files, otherCsvFiles } = readDataFolder(dir);
  const dataset = loadDataset(files);
  // Files outside the contract are easy to mistake for published data: say they were not read.
  const ignored: Problem[] = otherCsvFiles.map((name) => notContractFileProblem(name, name));
  return { ...dataset, problems: [...dataset.problems, ...ignored] };
}

function validate(args: readonly string[], io: CliIo): number {
  const [dir, ...extra] = args;
  if (!dir || extra.length > 0) throw new UsageError('validate takes exactly one folder');
  const dataset = loadFolder(dir);
  for (const problem of dataset.problems) io.out(formatProblem(problem) + '\n');
  io.out(summaryLine(dataset) + '\n');
  return dataset.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

function exportScorecard(args: readonly string[], io: CliIo): number {
  const { dir, quarter: quarterText, format } = readExportArgs(args);
  const requested = quarterText === undefined ? undefined : parseFinancialQuarter(quarterText);
  if (requested === null) {
    throw new UsageError(`--quarter "${quarterText}" is not a financial quarter (expected e.g. 2024-25-Q3)`);
  }
  const dataset = loadFolder(dir);
  for (const problem of dataset.problems) io.err(formatProblem(problem) + '\n');
  if (!dataset.usable) return 1;
  const index = indexDataset(dataset);
  const quarter = requested ?? defaultQuarter(index);
  if (!quarter) {
    io.err('scorecard: no monthly or quarterly values, so there is no default quarter; pass --quarter\n');
    return 1;
  }
  io.err(`Scorecard for ${financialQuarterKey(quarter)}\n`);
  const records = buildScorecard(index, quarter).map(exportRecord);
  if (format === 'json') {
    io.out(JSON.stringify(records, null, 2) + '\n');
  } else {
    const flat = records.map(flattenExportRecord);
    io.out(toCsv(flat[0] ? Object.keys(flat[0]) : [], flat));
  }
  return 0;
}

function readExportArgs(args: readonly string[]): { dir: string; quarter?: string; format: 'json' | 'csv' } {
  let dir: string | undefined;
  let quarter: string | undefined;
  let format: 'json' | 'csv' = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--quarter') quarter = value();
    else if (flag === '--format') {
      const chosen = value();
      if (chosen !== 'json' && chosen !== 'csv') throw new UsageError(`--format must be json or csv, not "${chosen}"`);
      format = chosen;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else if (dir === undefined) dir = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (!dir) throw new UsageError('export needs a folder');
  return quarter === undefined ? { dir, format } : { dir, quarter, format };
}
