import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './windows-1252';

describe('decodeWindows1252', () => {
  it('reads 0xA3 as £ and 0xE9 as é, as Latin-1 does', () => {
    expect(decodeWindows1252(new Uint8Array([0xa3, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9]))).toBe('£5 café');
  });

  it('reads 0x80-0x9F as the Windows characters, not control codes (0x80 €, 0x93 “, 0x94 ”, 0x96 –)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x93, 0x94, 0x96]))).toBe('€\u201C\u201D\u2013');
  });

  it('keeps the code point of the five bytes Windows-1252 leaves undefined', () => {
    expect(decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008D\u008F\u0090\u009D');
  });

  it('decodes a file far longer than one chunk', () => {
    const bytes = new Uint8Array(100_000).fill(0x61);
    bytes[99_999] = 0xa3;
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(100_000);
    expect(text.endsWith('a£')).toBe(true);
  });
});
