import type { GlossaryEntry } from '../../domain/types';

// Placeholder until the glossary lands.
export function GlossaryView({ glossary }: { glossary: readonly GlossaryEntry[] }) {
  return <p>{glossary.length} terms.</p>;
}
