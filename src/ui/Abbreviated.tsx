import { abbreviationsIn, expansionOf } from '../domain/glossary';
import type { GlossaryEntry } from '../domain/types';

/** Text with each abbreviation the glossary knows marked up and expanded (EHCP: "Education, health and care plan"). */
export function Abbreviated({ text, glossary }: { text: string; glossary: readonly GlossaryEntry[] }) {
  return (
    <>
      {abbreviationsIn(text, glossary).map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <abbr key={i} title={expansionOf(part.entry)}>
            {part.text}
          </abbr>
        ),
      )}
    </>
  );
}
