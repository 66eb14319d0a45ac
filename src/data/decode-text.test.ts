import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/types';
import { decodeText } from './decode-text';
import { fileProblems } from './file-problems';

function decode(content: Uint8Array | string) {
  const problems: Problem[] = [];
  const result = decodeText(content, fileProblems('measures.csv', problems));
  return { result, problems };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 bytes without reporting anything', () => {
    const { result, problems } = decode(utf8('id,title\nEH01,Families £ café\n'));
    expect(result).toEqual({ kind: 'text', text: 'id,title\nEH01,Families £ café\n' });
    expect(problems).toEqual([]);
  });

  it('strips a UTF-8 byte-order mark from bytes', () => {
    const { result, problems } = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id,title\n')]));
    expect(result).toEqual({ kind: 'text', text: 'id,title\n' });
    expect(problems).toEqual([]);
  });

  it('strips a byte-order mark from text that was already decoded', () => {
    expect(decode('\uFEFFid,title\n').result).toEqual({ kind: 'text', text: 'id,title\n' });
  });

  it('reads invalid UTF-8 as Windows-1252 (0xA3 is £) with a warning naming the file and the first bad line', () => {
    // "id,title\nEH01,Spend £5\n" with £ as the single Windows-1252 byte 0xA3.
    const bytes = new Uint8Array([...utf8('id,title\nEH01,Spend '), 0xa3, ...utf8('5\n')]);
    const { result, problems } = decode(bytes);
    expect(result).toEqual({ kind: 'text', text: 'id,title\nEH01,Spend £5\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'measures.csv', line: 0, column: '-', severity: 'warning' });
    expect(problems[0]!.message).toContain('not UTF-8 (first unreadable character on line 2)');
    expect(problems[0]!.message).toContain('Windows-1252');
  });

  it('reads Windows-1252 smart quotes and accents (0x93 0x94 0xE9)', () => {
    const bytes = new Uint8Array([...utf8('t,d\n'), 0x93, ...utf8('caf'), 0xe9, 0x94, 0x0a]);
    expect(decode(bytes).result).toEqual({ kind: 'text', text: 't,d\n\u201Ccafé\u201D\n' });
  });

  it('rejects an Excel workbook renamed to .csv (zip magic PK\\x03\\x04) as an error for the whole file', () => {
    const { result, problems } = decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(result).toEqual({ kind: 'binary' });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'measures.csv', line: 0, column: '-', severity: 'error' }),
    ]);
    expect(problems[0]!.message).toMatch(/^this is not a CSV file: it looks like an Excel workbook \(\.xlsx\)/);
    expect(problems[0]!.message).toContain('CSV UTF-8');
  });

  it('rejects an old .xls workbook renamed to .csv', () => {
    const { result, problems } = decode(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]));
    expect(result).toEqual({ kind: 'binary' });
    expect(problems[0]!.message).toContain('old Excel workbook (.xls)');
  });

  it('rejects a file with NUL bytes as binary data', () => {
    const { result, problems } = decode(new Uint8Array([...utf8('id,title\n'), 0x00, 0x01]));
    expect(result).toEqual({ kind: 'binary' });
    expect(problems[0]!.message).toContain('binary data (NUL bytes)');
  });

  it('rejects already-decoded text that starts with the zip magic', () => {
    const { result, problems } = decode('PK\u0003\u0004\u0014\u0000junk');
    expect(result).toEqual({ kind: 'binary' });
    expect(problems[0]!.severity).toBe('error');
  });

  it('reads UTF-16 ("Unicode Text") with a warning instead of calling its NUL bytes binary', () => {
    const text = 'id,title\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => (bytes[2 + i * 2] = ch.charCodeAt(0)));
    const { result, problems } = decode(bytes);
    expect(result).toEqual({ kind: 'text', text });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 0 })]);
    expect(problems[0]!.message).toContain('UTF-16');
  });

  it('treats a web page (a server answering a missing file with index.html) as absent', () => {
    expect(decode(utf8('\n  <!DOCTYPE html>\n<html><body>app</body></html>')).result).toEqual({ kind: 'html' });
    expect(decode('<html lang="en">').result).toEqual({ kind: 'html' });
  });

  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array()).result).toEqual({ kind: 'text', text: '' });
  });
});
