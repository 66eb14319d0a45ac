// The pictures draw with the app's one colour map (the domain builders take it as an argument).
import type { SvgPalette } from '../../../domain/measure-card-svg';
import { DIRECTION_TOKENS, RAG_TOKENS } from '../../../ui/tokens';

export const PALETTE: SvgPalette = { rag: RAG_TOKENS, direction: DIRECTION_TOKENS };
