import type { ReactNode } from 'react';
import type { AssuranceVerdict, VariationVerdict } from '../../domain/spc';
import { assuranceLabel as assuranceName, variationLabel as variationName } from '../../domain/spc-labels';
import { AssuranceBadge, VariationBadge } from '../../ui/SpcVerdicts';
import { ViewLink } from '../../ui/navigation/ViewLink';

type LegendEntry<V> = { verdict: V; meaning: string };

const variation = (token: VariationVerdict['token'], direction: VariationVerdict['direction'], reason: VariationVerdict['reason'] = 'judged') =>
  ({ token, direction, cause: null, reason, text: '' }) satisfies VariationVerdict;

/** One example of each symbol; the badge draws it, the words beside it say what it means. */
const VARIATION_ENTRIES: LegendEntry<VariationVerdict>[] = [
  { verdict: variation('common', null), meaning: 'the latest figure is within the normal ups and downs: not a sign of real change.' },
  { verdict: variation('improvement', 'high'), meaning: 'a sign of real change for the better: H unusually high, L unusually low.' },
  { verdict: variation('concern', 'low'), meaning: 'a sign of real change for the worse: H unusually high, L unusually low.' },
  { verdict: variation('neutral', 'high'), meaning: 'a sign of real change in a measure where neither high nor low is better.' },
  { verdict: variation('none', null, 'too-few-points'), meaning: 'fewer than 15 figures so far, too few to tell real change from normal ups and downs.' },
];

const assurance = (token: AssuranceVerdict['token']) => ({ token, reason: 'judged', text: '' }) satisfies AssuranceVerdict;

const ASSURANCE_ENTRIES: LegendEntry<AssuranceVerdict>[] = [
  { verdict: assurance('pass'), meaning: 'the figures always meet the target as things stand (P).' },
  { verdict: assurance('fail'), meaning: 'the figures will not meet the target without a change in how things are done (F).' },
  { verdict: assurance('hit-and-miss'), meaning: 'the target is within the normal ups and downs, so it will be met some of the time and missed some of the time (?).' },
  { verdict: assurance('none'), meaning: 'no target, neither high nor low is better, or too few figures to say.' },
];

/**
 * What the statistical process control (SPC) symbols beside each rating mean, folded away until asked for.
 * Each symbol is hidden from screen readers here (they hear its name and meaning once, as text).
 */
export function SpcLegend() {
  return (
    <details className="spc-legend">
      <summary>What do the SPC symbols mean?</summary>
      <p>
        Beside each rating, statistical process control (SPC) gives two verdicts on the measure&rsquo;s history, as the NHS &ldquo;Making Data
        Count&rdquo; charts do. Variation: is the latest figure a sign of real change, or normal ups and downs? Assurance: will the target be met?
      </p>
      <ul className="spc-legend__list" aria-label="Variation symbols">
        {VARIATION_ENTRIES.map(({ verdict, meaning }) => (
          <LegendItem key={verdict.token} symbol={<VariationBadge verdict={verdict} />} name={variationName(verdict)} meaning={meaning} />
        ))}
      </ul>
      <ul className="spc-legend__list" aria-label="Assurance symbols">
        {ASSURANCE_ENTRIES.map(({ verdict, meaning }) => (
          <LegendItem key={verdict.token} symbol={<AssuranceBadge verdict={verdict} />} name={assuranceName(verdict)} meaning={meaning} />
        ))}
      </ul>
      <p>
        <ViewLink to={{ view: 'glossary' }}>SPC, process limits and assurance in the glossary</ViewLink>
      </p>
    </details>
  );
}

/** The badge draws the symbol and its name; screen readers hear the name (once) and the meaning as text. */
function LegendItem({ symbol, name, meaning }: { symbol: ReactNode; name: string; meaning: string }) {
  return (
    <li>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{name}: </span>
      <span>{meaning}</span>
    </li>
  );
}
