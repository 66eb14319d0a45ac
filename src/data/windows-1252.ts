// Windows-1252 ("ANSI", what older Excel saves as "CSV (Comma delimited)"), decoded by hand: Node 20's
// TextDecoder('windows-1252') reads bytes 0x80-0x9F as Latin-1 control characters, so a curly quote or a
// euro sign would come out invisible on the command line but right in the browser. One table, both agree.

/** Unicode for bytes 0x80-0x9F; the five bytes Windows-1252 leaves undefined keep their own code point (as WHATWG does). */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    codes[i] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80]! : byte;
  }
  let text = '';
  // In chunks: String.fromCharCode with millions of arguments would overflow the call stack.
  for (let start = 0; start < codes.length; start += CHUNK) {
    text += String.fromCharCode(...codes.subarray(start, start + CHUNK));
  }
  return text;
}
