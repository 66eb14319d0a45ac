import { RAG_TOKENS, type RagToken } from './tokens';

/** Shape as well as colour and word, so the rating survives greyscale printing and colour blindness. */
function ragShape(rag: RagToken) {
  switch (rag) {
    case 'green':
      return <circle cx="8" cy="8" r="6" />;
    case 'amber':
      return <polygon points="8,1.5 15,14.5 1,14.5" />;
    case 'red':
      return <rect x="2.5" y="2.5" width="11" height="11" transform="rotate(45 8 8)" />;
    case 'none':
      return <line x1="3" y1="8" x2="13" y2="8" strokeWidth="2.5" />;
  }
}

export function RagBadge({ rag, title }: { rag: RagToken; title?: string }) {
  const token = RAG_TOKENS[rag];
  return (
    <span className={`rag-badge rag-badge--${rag}`} title={title}>
      <svg className="rag-badge__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        {ragShape(rag)}
      </svg>
      {token.label}
    </span>
  );
}
