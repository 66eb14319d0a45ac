// Bytes to text. Officers export from Excel and case-management systems, so expect a UTF-8 byte-order mark,
// old Windows-1252 exports, and now and then a workbook renamed to .csv. None of these may crash the load.
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { decodeWindows1252 } from './windows-1252';

export type DecodedFile =
  | { kind: 'text'; text: string }
  /** A web page where a CSV was expected (static servers answer a missing file with index.html): treated as absent. */
  | { kind: 'html' }
  /** Not a text file at all; the error is already reported and the file is unusable. */
  | { kind: 'binary' };

const SAVE_AS_CSV = 'Open it in Excel and use Save As > "CSV UTF-8 (Comma delimited) (*.csv)".';
const REPLACE_WITH_CSV = 'Put the CSV file exported from the case-management system or Excel in its place.';

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function binaryReason(bytes: Uint8Array): string | null {
  if (startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWithBytes(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return 'this is not a CSV file: it looks like an Excel workbook (.xlsx) or another zip file renamed to .csv.';
  }
  if (startsWithBytes(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'this is not a CSV file: it looks like an old Excel workbook (.xls) renamed to .csv.';
  }
  if (startsWithBytes(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWithBytes(bytes, [0xff, 0xd8, 0xff]) || startsWithBytes(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return `this is not a CSV file: it is a picture (PNG, JPEG or GIF) renamed to .csv. ${REPLACE_WITH_CSV}`;
  }
  if (startsWithBytes(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return `this is not a CSV file: it is a PDF document renamed to .csv. ${REPLACE_WITH_CSV}`;
  if (bytes.indexOf(0) !== -1) return 'this is not a CSV file: it contains binary data (NUL bytes).';
  return null;
}

function lineOfFirstReplacement(text: string): number {
  const at = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Text that is not valid UTF-8 is most likely an old "CSV (Comma delimited)" export from Excel: Windows-1252. */
function decodeLegacy(bytes: Uint8Array, log: FileProblems): string {
  const firstBadLine = lineOfFirstReplacement(new TextDecoder('utf-8').decode(bytes));
  const text = decodeWindows1252(bytes);
  log.warning(
    0,
    WHOLE_ROW,
    `the file is not UTF-8 (first unreadable character on line ${firstBadLine}); it was read as Windows-1252, ` +
      `so check symbols such as £ and accented letters. ${SAVE_AS_CSV}`,
  );
  return text;
}

/**
 * UTF-16 without a byte-order mark: in text that is mostly ASCII, every other byte is NUL. Little-endian puts
 * the NULs at odd offsets ("m\0e\0"), big-endian at even ones. Judged on the first 64 bytes.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 64) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul === pairs && evenNul === 0) return 'utf-16le';
  if (evenNul === pairs && oddNul === 0) return 'utf-16be';
  return null;
}

function decodeBytes(bytes: Uint8Array, log: FileProblems): string | null {
  const utf16 = startsWithBytes(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWithBytes(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : bomlessUtf16(bytes);
  if (utf16) {
    // Excel's "Unicode Text" is UTF-16 (its NUL bytes are not binary data); read it, but ask for UTF-8.
    log.warning(0, WHOLE_ROW, `the file is saved as UTF-16 ("Unicode Text"); it was read, but please save it as UTF-8: ${SAVE_AS_CSV}`);
    return new TextDecoder(utf16).decode(bytes);
  }
  const reason = binaryReason(bytes);
  if (reason) {
    const fix = reason.includes(REPLACE_WITH_CSV) ? '' : ` ${SAVE_AS_CSV}`;
    log.error(0, WHOLE_ROW, `${reason}${fix} None of its rows were read.`);
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeLegacy(bytes, log);
  }
}

function isHtmlPage(text: string): boolean {
  const start = text.slice(0, 200).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

/** Decodes a contract file's contents, reporting encoding problems; the byte-order mark is removed. */
export function decodeText(content: Uint8Array | string, log: FileProblems): DecodedFile {
  let text: string | null;
  if (typeof content === 'string') {
    const binary = content.startsWith('PK\u0003\u0004') || content.includes('\u0000');
    if (binary) log.error(0, WHOLE_ROW, `this is not a CSV file: it contains binary data. ${SAVE_AS_CSV}`);
    text = binary ? null : content;
  } else {
    text = decodeBytes(content, log);
  }
  if (text === null) return { kind: 'binary' };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (isHtmlPage(text)) return { kind: 'html' };
  return { kind: 'text', text };
}
