/** "a.csv", "a.csv and b.csv", "a.csv, b.csv and c.csv". */
export function listInWords(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
