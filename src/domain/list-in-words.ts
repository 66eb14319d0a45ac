/** "a", "a and b", "a, b and c": a list as a sentence says it (no Oxford comma, as the council writes). */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
