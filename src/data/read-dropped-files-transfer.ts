// The files of a drop: loose files, or a folder (FileSystemDirectoryEntry) whose own files are read. Folders
// inside a dropped folder are not opened: an "old" or "archive" folder inside would otherwise clash by name.
import type { DroppedFile, DroppedFiles } from './read-dropped-files';

const withoutLeadingSlash = (path: string) => path.replace(/^\/+/, '');

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder: readEntries gives them in batches (100 in Chromium) until it gives none. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isFolder = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;

/**
 * The files of a drop. Must be called during the drop event: the browser empties `items` once the handler
 * returns, so the entries are taken before the first await.
 */
export async function droppedFilesFromTransfer(transfer: DataTransfer): Promise<DroppedFiles> {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file');
  const entries = items.map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  const plainFiles = Array.from(transfer.files ?? []);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return { files: plainFiles.map((file) => ({ file, path: file.name })), skippedFolders: [] };
  }
  const files: DroppedFile[] = [];
  const skippedFolders: string[] = [];
  for (const entry of entries as FileSystemEntry[]) {
    if (isFile(entry)) files.push({ file: await fileOf(entry), path: withoutLeadingSlash(entry.fullPath) || entry.name });
    else if (isFolder(entry)) {
      for (const inner of await entriesOf(entry)) {
        if (isFile(inner)) files.push({ file: await fileOf(inner), path: withoutLeadingSlash(inner.fullPath) });
        else if (isFolder(inner)) skippedFolders.push(withoutLeadingSlash(inner.fullPath));
      }
    }
  }
  return { files, skippedFolders };
}

/** Whether a drag carries files (not text or a link dragged from the page). */
export function dragHasFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types ?? []).includes('Files');
}
