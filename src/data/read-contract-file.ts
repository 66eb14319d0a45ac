// One contract file from raw contents to a header-checked table, or the reason there is none.
import type { ContractFileSpec } from './contract-files';
import { decodeText } from './decode-text';
import type { FileProblems } from './file-problems';
import { readCsv, type ReadCsvResult } from './read-csv';

export type ContractFileRead =
  /** `html`: a web page where the file should be, which the contract treats as absent. */
  | { state: 'absent'; webPage: boolean }
  | ({ state: 'present' } & ReadCsvResult);

export function readContractFile(spec: ContractFileSpec, content: Uint8Array | string | undefined, log: FileProblems): ContractFileRead {
  if (content === undefined) return { state: 'absent', webPage: false };
  const decoded = decodeText(content, log);
  if (decoded.kind === 'html') return { state: 'absent', webPage: true };
  if (decoded.kind === 'binary') return { state: 'present', table: null, rowsRead: 0 };
  return { state: 'present', ...readCsv(decoded.text, spec, log) };
}
