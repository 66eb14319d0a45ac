import { assuranceLabel, variationLabel } from '../domain/spc-labels';
import type { AssuranceVerdict, VariationVerdict } from '../domain/spc';

/**
 * The two statistical process control verdicts as Making Data Count draws them - a ring with a letter (H/L for a
 * special cause high or low, a flat line for common cause; P, F or ? for assurance) - always with words beside them,
 * and the full sentence as the accessible description, so neither icon relies on colour.
 */
export function VariationBadge({ verdict }: { verdict: VariationVerdict }) {
  const letter = verdict.direction === 'high' ? 'H' : verdict.direction === 'low' ? 'L' : null;
  return (
    <span className={`spc-badge spc-badge--${verdict.token}`} title={verdict.text}>
      <svg className="spc-badge__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8.5" fill="none" strokeWidth="2" strokeDasharray={verdict.token === 'none' ? '3 2' : undefined} />
        {letter ? (
          <text x="10" y="14.5" textAnchor="middle" fontSize="12" fontWeight="700">
            {letter}
          </text>
        ) : verdict.token === 'common' ? (
          <path d="M4.5 10 H15.5" strokeWidth="2" />
        ) : null}
      </svg>
      {/* The short label for the eye; the full sentence, which starts with it, for screen readers. */}
      <span aria-hidden="true">{variationLabel(verdict)}</span>
      <span className="visually-hidden">{verdict.text}</span>
    </span>
  );
}

const ASSURANCE_LETTER = { pass: 'P', fail: 'F', 'hit-and-miss': '?', none: '' } as const;
const ASSURANCE_COLOUR = { pass: 'improvement', fail: 'concern', 'hit-and-miss': 'common', none: 'none' } as const;

export function AssuranceBadge({ verdict }: { verdict: AssuranceVerdict }) {
  return (
    <span className={`spc-badge spc-badge--${ASSURANCE_COLOUR[verdict.token]}`} title={verdict.text}>
      <svg className="spc-badge__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <rect x="1.5" y="1.5" width="17" height="17" rx="3" fill="none" strokeWidth="2" strokeDasharray={verdict.token === 'none' ? '3 2' : undefined} />
        <text x="10" y="14.5" textAnchor="middle" fontSize="12" fontWeight="700">
          {ASSURANCE_LETTER[verdict.token]}
        </text>
      </svg>
      <span aria-hidden="true">{assuranceLabel(verdict)}</span>
      <span className="visually-hidden">{verdict.text}</span>
    </span>
  );
}
