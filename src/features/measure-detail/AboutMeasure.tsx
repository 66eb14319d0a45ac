import type { ReactNode } from 'react';
import { areaName } from '../../domain/areas';
import { abbreviationsIn, expansionOf } from '../../domain/glossary';
import type { GlossaryEntry, Measure, Settings } from '../../domain/types';
import { ViewLink } from '../../ui/navigation/ViewLink';
import { frequencyWords, polarityWords, ytdWords } from './wording';

/** The abbreviations the title, definition and data note use, each once, in order of first use. */
function termsUsed(measure: Measure, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const text = [measure.title, measure.description, measure.dataNote].filter(Boolean).join(' ');
  const found = new Map<string, GlossaryEntry>();
  for (const part of abbreviationsIn(text, glossary)) if (part.kind === 'abbreviation') found.set(part.entry.term, part.entry);
  return [...found.values()];
}

export function AboutMeasure({ measure, settings, glossary }: { measure: Measure; settings: Settings; glossary: readonly GlossaryEntry[] }) {
  const terms = termsUsed(measure, glossary);
  const facts: [string, ReactNode][] = [
    ['Definition', measure.description ?? 'No definition has been supplied.'],
    ['Service area', `${areaName(measure.area)}${measure.group ? `: ${measure.group}` : ''}`],
    ['Source', measure.source ?? 'Not stated'],
    ['Owner', measure.owner ?? 'Not stated'],
    ['Next update', measure.nextUpdate ?? 'Not stated'],
    ['How often', frequencyWords(measure)],
    ['Good performance', polarityWords(measure)],
    ['Year to date', ytdWords(measure)],
    [
      'Council Plan',
      measure.councilPlan === null ? (
        'Not linked to a Council Plan measure'
      ) : settings.councilPlanUrl ? (
        <a href={settings.councilPlanUrl}>Council Plan {measure.councilPlan}</a>
      ) : (
        `Council Plan ${measure.councilPlan}`
      ),
    ],
  ];
  if (measure.dataNote) facts.push(['Data note', measure.dataNote]);
  return (
    <section className="measure-detail__section" aria-labelledby="measure-about">
      <h3 id="measure-about">About this measure</h3>
      <dl className="measure-detail__facts">
        {facts.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <h4 id="measure-terms">Terms used</h4>
      {terms.length > 0 ? (
        <dl className="measure-detail__terms" aria-labelledby="measure-terms">
          {terms.map((entry) => (
            <div key={entry.term}>
              <dt>
                <abbr title={expansionOf(entry)}>{entry.term}</abbr>
              </dt>
              <dd>{expansionOf(entry)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>This measure’s title and definition use no abbreviations.</p>
      )}
      <p>
        <ViewLink to={{ view: 'glossary' }}>Every term in the glossary</ViewLink>, including RAG (red, amber, green), direction of travel and year to date.
      </p>
    </section>
  );
}
