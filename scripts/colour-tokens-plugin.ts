import type { Plugin } from 'vite';
import { BRAG_TOKENS, DIRECTION_TOKENS, RAG_TOKENS, SPC_TOKENS } from '../src/ui/tokens';

const MODULE_ID = 'virtual:colour-tokens.css';
// Vite treats ids ending in .css as stylesheets, so the generated rules go through its CSS pipeline.
const RESOLVED_ID = '\0colour-tokens.css';

/** Turns the typed token map into CSS custom properties, so stylesheets never repeat a hex value. */
export function colourTokensCss(): string {
  const rag = Object.entries(RAG_TOKENS).map(
    ([name, token]) => `--rag-${name}-bg: ${token.background}; --rag-${name}-fg: ${token.foreground};`,
  );
  const direction = Object.entries(DIRECTION_TOKENS).map(([name, token]) => `--direction-${name}: ${token.colour};`);
  const brag = Object.entries(BRAG_TOKENS).map(
    ([name, token]) => `--brag-${name}-bg: ${token.background}; --brag-${name}-fg: ${token.foreground};`,
  );
  const spc = Object.entries(SPC_TOKENS).map(([name, token]) => `--spc-${name}: ${token.colour};`);
  return `:root { ${[...rag, ...direction, ...brag, ...spc].join(' ')} }\n`;
}

export function colourTokens(): Plugin {
  return {
    name: 'scorecard-colour-tokens',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? colourTokensCss() : null),
  };
}
