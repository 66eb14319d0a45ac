import { useEffect, useMemo } from 'react';
import type { GlossaryEntry } from '../../domain/types';
import { Abbreviated } from '../../ui/Abbreviated';
import { ALPHABET, glossarySections } from './glossary-sections';
import './glossary.css';

/** After loading, go to the term a link names (…?view=glossary#term-ehcp): the browser tried before it existed. */
function useScrollToLinkedTerm() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView?.();
  }, []);
}

/**
 * Every term the scorecard explains: its own (RAG, DOT, YTD...) and the council's glossary.csv, merged by the shell
 * and put in alphabetical order here. `council` is glossary.csv alone, so the page can say where each definition
 * comes from.
 */
export function GlossaryView({ glossary, council = [] }: { glossary: readonly GlossaryEntry[]; council?: readonly GlossaryEntry[] }) {
  const sections = useMemo(() => glossarySections(glossary, council), [glossary, council]);
  const present = new Map(sections.map((section) => [section.letter, section.id]));
  const fromCouncil = sections.reduce((sum, section) => sum + section.items.filter((item) => item.fromCouncil).length, 0);
  useScrollToLinkedTerm();

  return (
    <div className="glossary">
      <p>
        Plain-English explanations of the terms and abbreviations used in the scorecard: {glossary.length} terms, of which {fromCouncil}{' '}
        {fromCouncil === 1 ? 'comes' : 'come'} from the council’s own glossary and are marked so. The rest are the scorecard’s own terms.
      </p>
      <nav aria-label="Glossary, A to Z">
        <ul className="glossary__letters">
          {[...(present.has('#') ? ['#'] : []), ...ALPHABET].map((letter) => {
            const id = present.get(letter);
            return (
              <li key={letter}>
                {id ? <a href={`#${id}`}>{letter}</a> : <span className="glossary__letter--empty">{letter}</span>}
              </li>
            );
          })}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.id} className="glossary__section" aria-labelledby={section.id}>
          <h3 id={section.id}>{section.letter === '#' ? 'Numbers and symbols' : section.letter}</h3>
          <dl className="glossary__list">
            {section.items.map((item) => (
              <div key={item.id} className="glossary__item">
                <dt id={item.id}>{item.entry.term}</dt>
                <dd>
                  <Abbreviated text={item.entry.definition} glossary={glossary} />
                  {item.fromCouncil && <span className="glossary__source">From the council’s glossary</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
