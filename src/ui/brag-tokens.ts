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

export type BragToken = keyof typeof BRAG_TOKENS;
