import type { Dataset, Measure } from '../domain/types';

export type View = 'summary' | 'scorecard' | 'changes' | 'measure' | 'glossary' | 'actions' | 'embed' | 'data-check' | 'preview';

/**
 * The view to show for the view the link asks for. A measure or action plan that is not in the data falls
 * back to the summary (with a notice). The embed view says itself what it cannot show, inside the frame.
 */
export function resolveView(requested: string, { measureFound, hasActions }: { measureFound: boolean; hasActions: boolean }): View {
  if (requested === 'measure') return measureFound ? 'measure' : 'summary';
  if (requested === 'actions') return hasActions ? 'actions' : 'summary';
  if (['scorecard', 'changes', 'glossary', 'embed', 'data-check', 'preview'].includes(requested)) return requested as View;
  return 'summary';
}

/** The view's heading, also the start of the page title. */
export function viewTitle(view: View, quarterLabel: string | null, measure: Measure | undefined): string {
  switch (view) {
    case 'summary':
      return quarterLabel ? `Performance on a page, ${quarterLabel}` : 'Performance on a page';
    case 'scorecard':
      return quarterLabel ? `Scorecard, ${quarterLabel}` : 'Scorecard';
    case 'measure':
      return measure ? `${measure.id}: ${measure.title}` : 'Measure';
    case 'changes':
      return quarterLabel ? `What changed since the quarter before, ${quarterLabel}` : 'What changed since the quarter before';
    case 'glossary':
      return 'Glossary';
    case 'data-check':
      return 'Data check';
    case 'preview':
      return 'Preview new data files';
    case 'actions':
      return 'Action plans';
    case 'embed':
      return quarterLabel ? `Scorecard, ${quarterLabel}` : 'Scorecard';
  }
}

/** Whether the data can make a scorecard at all: readable, with at least one measure (else the app says what is missing). */
export function canShowScorecard(dataset: Dataset): boolean {
  return dataset.usable && dataset.measures.length > 0;
}

/** The page title: the view's heading, then whose scorecard it is. */
export function documentTitle(viewHeading: string, authorityName: string | null | undefined): string {
  return `${viewHeading} - ${authorityName ?? 'Children and Young People’s Services'} scorecard`;
}

export const NAV_ITEMS: readonly { view: View; label: string }[] = [
  { view: 'summary', label: 'Performance on a page' },
  { view: 'scorecard', label: 'Scorecard' },
  { view: 'changes', label: 'What changed' },
  { view: 'actions', label: 'Action plans' },
  { view: 'glossary', label: 'Glossary' },
  // Officers' views: shown in the navigation while previewing new files, or when the data has problems.
  { view: 'data-check', label: 'Data check' },
];
