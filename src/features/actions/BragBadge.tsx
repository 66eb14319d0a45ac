import { BRAG_MEANINGS, type BragStatus } from '../../domain/actions';
import { BRAG_TOKENS } from '../../ui/tokens';

/** A shape per status, none of them RagBadge's, so a plan's status is never mistaken for a measure's rating. */
function BragShape({ status }: { status: BragStatus }) {
  switch (status) {
    case 'blue': // complete: a tick
      return <path d="M2.5 8.5 L6.5 12.5 L13.5 3.5" fill="none" strokeWidth="2.5" />;
    case 'green': // on track: moving forward
      return <polygon points="4,2 14,8 4,14" />;
    case 'amber': // at risk: an exclamation mark
      return (
        <>
          <rect x="6.5" y="1.5" width="3" height="9" />
          <rect x="6.5" y="12" width="3" height="3" />
        </>
      );
    case 'red': // significant risk: a cross
      return <path d="M3 3 L13 13 M13 3 L3 13" fill="none" strokeWidth="2.8" />;
    case 'grey': // not started: an empty ring
      return <circle cx="8" cy="8" r="5" fill="none" strokeWidth="2" />;
  }
}

/** An action's BRAG status: colour, shape, and the word with its meaning ("Blue (complete)"). */
export function BragBadge({ status }: { status: BragStatus }) {
  const token = BRAG_TOKENS[status];
  return (
    <span className={`brag-badge brag-badge--${status}`}>
      <svg className="brag-badge__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <BragShape status={status} />
      </svg>
      {token.label} ({BRAG_MEANINGS[status]})
    </span>
  );
}
