import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_FILES, type ContractFileName } from '../data/contract-files';
import type { ContractFileContents } from '../data/load-dataset';

export class UnreadableFolderError extends Error {}

/** Reads every contract file present in `dir` as bytes; decoding and checks are the loader's job. */
export function readDataFolder(dir: string): { files: ContractFileContents; otherCsvFiles: string[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UnreadableFolderError(`${dir} is not a folder that can be read`);
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new UnreadableFolderError(`${dir} cannot be read: ${(error as Error).message}`);
  }
  const files: ContractFileContents = {};
  for (const name of CONTRACT_FILES.map((file) => file.name) as ContractFileName[]) {
    if (names.includes(name)) files[name] = new Uint8Array(readFileSync(join(dir, name)));
  }
  const contractNames = new Set<string>(CONTRACT_FILES.map((file) => file.name));
  const otherCsvFiles = names.filter((name) => name.toLowerCase().endsWith('.csv') && !contractNames.has(name)).sort();
  return { files, otherCsvFiles };
}
