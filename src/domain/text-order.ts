// Alphabetical order for titles and terms, ignoring case and accents. One collator for every comparison:
// localeCompare with options builds a new one per call (22 ms to sort the glossary on page load, in a profile).
// It is made on first use, not when the module loads: making it costs about 10 ms (ICU's collation data), which
// the page's start-up task need not pay when nothing is sorted by name yet.
let collator: Intl.Collator | null = null;

export const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(a, b);
