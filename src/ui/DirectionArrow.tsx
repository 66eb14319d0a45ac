import type { DirectionToken } from './tokens';

export type ArrowDirection = 'up' | 'down' | 'level' | 'none';

const ARROW_PATHS: Record<Exclude<ArrowDirection, 'none'>, string> = {
  up: 'M8 2 L14 9 H10 V14 H6 V9 H2 Z',
  down: 'M8 14 L14 7 H10 V2 H6 V7 H2 Z',
  level: 'M14 8 L7 2 V6 H2 V10 H7 V14 Z',
};

/**
 * The arrow points the way the number moved; its colour and the words say whether that is better or worse.
 * `text` is the full sentence ("Down from 24.1% in 2023-24 Q3 - improving") and is what assistive tech reads.
 */
export function DirectionArrow({ arrow, judgement, text }: { arrow: ArrowDirection; judgement: DirectionToken; text: string }) {
  return (
    <span className={`direction direction--${judgement}`}>
      {arrow !== 'none' && (
        <svg className="direction__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d={ARROW_PATHS[arrow]} />
        </svg>
      )}
      <span className="direction__text">{text}</span>
    </span>
  );
}
