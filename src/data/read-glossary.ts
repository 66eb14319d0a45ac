// glossary.csv: plain-English definitions that add to or override the scorecard's built-in glossary.
import { z } from 'zod';
import type { GlossaryEntry } from '../domain/types';
import { requiredText } from './field-schemas';
import type { FileProblems } from './file-problems';
import { headerOf, rowParser } from './parse-row';
import type { CsvTable } from './read-csv';

const glossaryRow = z.object({ term: requiredText('the term'), definition: requiredText('the definition') });

export function readGlossary(table: CsvTable, log: FileProblems): { glossary: GlossaryEntry[]; kept: number } {
  const firstLine = new Map<string, number>();
  const glossary: GlossaryEntry[] = [];
  const parseRow = rowParser(glossaryRow, table.columns);
  table.eachRow((row) => {
    const parsed = parseRow(row, log);
    if (!parsed.ok) return;
    const { term, definition } = parsed.data;
    // "EHCP" and "ehcp" are the same term to a reader.
    const key = term.toLowerCase();
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      log.error(row.line, headerOf(table.columns, 'term'), `"${term}" is already defined on line ${earlier}, which is kept. Delete one of them`);
      return;
    }
    firstLine.set(key, row.line);
    glossary.push({ term, definition });
  });
  return { glossary, kept: glossary.length };
}
