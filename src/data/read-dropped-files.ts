// Files an officer drops on the page (or picks with a file dialog) to preview, read entirely in the browser:
// nothing here sends anything anywhere. Which file is which contract file, and the problems with the set.
import type { Problem } from '../domain/types';
import { CONTRACT_FILE_NAMES, isContractFileName, notContractFileProblem, type ContractFileName } from './contract-files';
import type { ContractFileContents } from './load-dataset';
import { WHOLE_ROW } from './file-problems';

/** A file as dropped or picked, with the path the officer would recognise ("Q4/measures.csv"). */
export interface DroppedFile {
  file: Blob;
  path: string;
}

/** What was dropped: the files, and the folders inside a dropped folder, which are not read. */
export interface DroppedFiles {
  files: readonly DroppedFile[];
  skippedFolders: readonly string[];
}

export interface MatchedFiles {
  /** Contract name -> the dropped file read as it, in contract order. */
  chosen: { name: ContractFileName; file: DroppedFile }[];
  problems: Problem[];
}

export interface ReadDroppedFiles {
  files: ContractFileContents;
  /** The contract files read from the computer, in contract order, with the path each came from. */
  read: { name: ContractFileName; path: string }[];
  problems: Problem[];
}

export interface ReadProgress {
  file: string;
  done: number;
  total: number;
}

const baseName = (path: string) => path.split(/[\\/]/).filter(Boolean).pop() ?? path;
const problem = (file: string, severity: Problem['severity'], message: string): Problem => ({ file, line: 0, column: WHOLE_ROW, severity, message });

/**
 * A file dialog's or folder picker's files. A folder picker gives every file below the folder with its path
 * ("Q4/old/measures.csv"); as with a dropped folder, only the files directly inside the chosen folder count.
 */
export function droppedFilesFromList(list: ArrayLike<File>): DroppedFiles {
  const files: DroppedFile[] = [];
  const skipped = new Set<string>();
  for (const file of Array.from(list)) {
    const path = file.webkitRelativePath || file.name;
    const parts = path.split('/');
    if (parts.length > 2) skipped.add(parts.slice(0, 2).join('/'));
    else files.push({ file, path });
  }
  return { files, skippedFolders: [...skipped] };
}

/**
 * Which dropped file is which contract file. Names match without regard to capitals and folders are ignored,
 * as an officer would expect; a name that differs only in capitals is read but warned about, because a web
 * server finds files by their exact name, so the published page would not. Hidden files (".DS_Store") are
 * skipped silently: every Mac folder has one.
 */
export function matchDroppedFiles(dropped: DroppedFiles): MatchedFiles {
  const problems: Problem[] = [];
  const byName = new Map<ContractFileName, DroppedFile>();
  for (const item of dropped.files) {
    const base = baseName(item.path);
    if (base.startsWith('.')) continue;
    const name = base.trim().toLowerCase();
    if (!isContractFileName(name)) {
      problems.push(notContractFileProblem(item.path, base));
      continue;
    }
    const first = byName.get(name);
    if (first) {
      problems.push(
        problem(name, 'error', `two of the files are ${name}: "${first.path}" and "${item.path}"; only "${first.path}" was read. Remove the one you do not mean and try again`),
      );
      continue;
    }
    byName.set(name, item);
    if (base !== name) {
      problems.push(
        problem(name, 'warning', `the file is called "${base}": it was read as ${name}, but the web server will only find it as ${name}, so rename it before publishing`),
      );
    }
  }
  for (const folder of dropped.skippedFolders) {
    problems.push(problem(folder, 'notice', 'a folder inside the folder you chose, so its files were not read (choose that folder itself to read them)'));
  }
  const chosen = CONTRACT_FILE_NAMES.flatMap((name) => {
    const file = byName.get(name);
    return file ? [{ name, file }] : [];
  });
  return { chosen, problems };
}

/** The bytes of a file. File.arrayBuffer reads a 50 MB export without trouble; FileReader is for older engines (and jsdom). */
function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** Reads the dropped contract files as bytes (decoding and checks are the loader's job). */
export async function readDroppedFiles(dropped: DroppedFiles, onProgress?: (progress: ReadProgress) => void): Promise<ReadDroppedFiles> {
  const { chosen, problems } = matchDroppedFiles(dropped);
  const files: ContractFileContents = {};
  const read: ReadDroppedFiles['read'] = [];
  for (const [position, { name, file }] of chosen.entries()) {
    onProgress?.({ file: file.path, done: position, total: chosen.length });
    try {
      files[name] = await readBytes(file.file);
      read.push({ name, path: file.path });
    } catch (error) {
      problems.push(problem(name, 'error', `"${file.path}" could not be read from this computer (${(error as Error).message}); check the file is not open elsewhere and try again`));
    }
  }
  return { files, read, problems };
}

/**
 * The files the preview shows. With measures.csv among the dropped files, they are the whole folder as it would
 * be published: a file not dropped is absent. Without it, the officer has dropped only the files that changed
 * (often just the value files), so every other contract file is the published one: previewing them against an
 * empty folder would show nothing but "measures.csv is missing".
 */
export function completeWithPublished(
  dropped: ContractFileContents,
  published: ContractFileContents,
): { files: ContractFileContents; fromPublished: ContractFileName[] } {
  if (dropped['measures.csv'] !== undefined) return { files: dropped, fromPublished: [] };
  const files: ContractFileContents = { ...dropped };
  const fromPublished: ContractFileName[] = [];
  for (const name of CONTRACT_FILE_NAMES) {
    const content = published[name];
    if (files[name] === undefined && content !== undefined) {
      files[name] = content;
      fromPublished.push(name);
    }
  }
  return { files, fromPublished };
}
