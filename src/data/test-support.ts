// Helpers shared by the data tests (not shipped: only *.test.ts import this).
import type { Dataset, Problem } from '../domain/types';
import { formatProblem } from './format-problem';
import { headParts, sendingWhileReading, type DatasetPart } from './dataset-transfer';
import { loadDataset, type ContractFileContents } from './load-dataset';

/** Problems as the command line prints them: easy to read in a failing test and to work out by hand. */
export function formatted(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}

/**
 * Measures covering each frequency, year type and the units the checks care about.
 * CSC01 is a count with polarity none; SEND01 is calendar-year annual; SEND02 academic quarterly.
 */
export const MEASURES_CSV = [
  'id,area,title,unit,polarity,frequency,year_type,decimals',
  'EH01,early-help,Families contacted within 3 working days,percent,high,monthly,,',
  'CSC01,social-care,Children on a child protection plan,number,none,monthly,,',
  'CSC02,social-care,Re-referrals within 12 months,percent,low,quarterly,,',
  'SEND01,send,EHC plans issued within 20 weeks,percent,high,annual,calendar,',
  'LAC01,lac-sufficiency,Children looked after per 10000,rate-per-10k,low,annual,,',
  'SEND02,send,Attendance of children looked after,percent,high,quarterly,academic,',
  'CSC03,social-care,Average days to assessment,days,low,monthly,,2',
].join('\n');

/** Loads `files` with MEASURES_CSV unless measures.csv is given; returns the dataset and the problems of one file. */
export function load(files: ContractFileContents, file?: string): { dataset: Dataset; problems: string[] } {
  const dataset = loadDataset({ 'measures.csv': MEASURES_CSV, ...files });
  const problems = dataset.problems.filter((problem) => file === undefined || problem.file === file);
  return { dataset, problems: formatted(problems) };
}

/** A value file's text: the header `measure_id,period,value,numerator,denominator,note` and these rows. */
export function valueCsv(...rows: string[]): string {
  return ['measure_id,period,value,numerator,denominator,note', ...rows].join('\n') + '\n';
}

/** What the Web Worker sends for `files`: the parts it sends while reading, then the head's parts, once it is done. */
export function workerParts(files: ContractFileContents): { reading: DatasetPart[]; last: DatasetPart[]; loaded: Dataset } {
  const reading: DatasetPart[] = [];
  const loaded = loadDataset(files, sendingWhileReading((sent) => reading.push(...[...sent].map(({ part }) => part))));
  return { reading, last: [...headParts(loaded)].map(({ part }) => part), loaded };
}
