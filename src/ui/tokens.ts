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
  neutral: { colour: '#1d4f91', label: 'changed, neither better nor worse' },
  none: { colour: '#505a5f', label: 'no comparison' },
} as const;

// Colours for an action plan's BRAG status (Blue = complete ... Grey = not started). Kept apart from RAG_TOKENS:
// BRAG is a plan's vocabulary, not a measure's rating. Every pair meets WCAG 2.2 AA text contrast (4.5:1):
// blue 5.17:1, green 6.21:1, amber 11.93:1, red 7.12:1, grey 14.80:1 (foreground on background). The status is
// never colour alone: BragBadge adds the word, its meaning and a shape.
export const BRAG_TOKENS = {
  blue: { background: '#1d70b8', foreground: '#ffffff', label: 'Blue' },
  green: { background: '#00703c', foreground: '#ffffff', label: 'Green' },
  amber: { background: '#ffbf47', foreground: '#0b0c0c', label: 'Amber' },
  red: { background: '#b10e1e', foreground: '#ffffff', label: 'Red' },
  grey: { background: '#dee0e2', foreground: '#0b0c0c', label: 'Grey' },
} as const;

// Statistical process control, in Making Data Count's scheme: blue improvement, orange concern, purple neutral,
// grey common cause. Icons are outlines on white with a letter, so each needs 3:1 against white (graphics).
export const SPC_TOKENS = {
  improvement: { colour: '#1d70b8' },
  concern: { colour: '#b35900' },
  neutral: { colour: '#6f3c97' },
  common: { colour: '#505a5f' },
  none: { colour: '#505a5f' },
} as const;

export type RagToken = keyof typeof RAG_TOKENS;
export type DirectionToken = keyof typeof DIRECTION_TOKENS;
export type BragToken = keyof typeof BRAG_TOKENS;
