// The one colour map. Every pair meets WCAG 2.2 AA text contrast (4.5:1) with its foreground, and RAG is never
// colour alone: each status also has a word and an icon shape (see RagBadge, DirectionArrow).
export const RAG_TOKENS = {
  green: { background: '#00703c', foreground: '#ffffff', label: 'Green' },
  amber: { background: '#ffbf47', foreground: '#0b0c0c', label: 'Amber' },
  red: { background: '#b10e1e', foreground: '#ffffff', label: 'Red' },
  none: { background: '#ffffff', foreground: '#383f43', label: 'Not rated' },
} as const;

export const DIRECTION_TOKENS = {
  improving: { colour: '#00703c', label: 'improving' },
  declining: { colour: '#b10e1e', label: 'declining' },
  'no-change': { colour: '#383f43', label: 'no change' },
  neutral: { colour: '#1d4f91', label: 'no judgement' },
  none: { colour: '#505a5f', label: 'no comparison' },
} as const;

export type RagToken = keyof typeof RAG_TOKENS;
export type DirectionToken = keyof typeof DIRECTION_TOKENS;
