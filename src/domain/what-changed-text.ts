// "What changed" in words and in order: the lead sentences above the lists, and which lists each reader sees.
// Members see the quarter's own movements; officers previewing new files also see what only a comparison with
// the published data can show, restated figures first, since those must be checked before publishing.
import { listInWords, plural } from './list-in-words';
import { financialQuarterLabel, monthName, quarterMonths, sameFinancialQuarter } from './periods';
import { availableQuarters } from './scorecard';
import type { DatasetIndex } from './scorecard';
import type { FinancialQuarter } from './types';
import type { Revision, WhatChanged } from './what-changed';

export type WhatChangedSection = 'revisions' | 'newReds' | 'ragChanges' | 'directionTurned' | 'targetChanges' | 'newMeasures' | 'retiredMeasures';

/** Members: the quarter against the one before. Officers previewing: every list, restated figures first. */
export const MEMBER_SECTIONS: readonly WhatChangedSection[] = ['newReds', 'ragChanges', 'directionTurned'];
export const OFFICER_SECTIONS: readonly WhatChangedSection[] = [
  'revisions',
  'newReds',
  'ragChanges',
  'directionTurned',
  'targetChanges',
  'newMeasures',
  'retiredMeasures',
];

export const SECTION_TITLES: Record<WhatChangedSection, string> = {
  revisions: 'Figures restated for earlier periods',
  newReds: 'Newly red',
  ragChanges: 'Ratings that changed',
  directionTurned: 'Direction of travel turned',
  targetChanges: 'Targets that changed',
  newMeasures: 'New measures',
  retiredMeasures: 'Retired measures',
};

/** A restated figure in words, for the officers' table. */
export const REVISION_WORDS: Record<Revision['kind'], string> = {
  revised: 'Figure restated',
  removed: 'Row removed from the new files',
  added: 'Row added for an earlier period',
};

/** "July to September 2024" (a financial quarter never spans two calendar years). */
export function quarterMonthsWords(fq: FinancialQuarter): string {
  const [first, , last] = quarterMonths(fq);
  return `${monthName(first!).split(' ')[0]} to ${monthName(last!)}`;
}

function ratingSentence(report: WhatChanged, since: string): string {
  const n = report.ragChanges.length;
  if (n === 0) return `No measure changed rating since ${since}.`;
  const became = (['red', 'amber', 'green'] as const)
    .map((rag) => [rag, report.ragChanges.filter((c) => c.to.rag === rag).length] as const)
    .filter(([, count]) => count > 0)
    .map(([rag, count]) => `${count} became ${rag}`);
  return `${plural(n, 'measure')} changed rating since ${since}: ${listInWords(became)}.`;
}

function newRedSentence(report: WhatChanged): string {
  const n = report.newReds.length;
  if (n === 0) return 'No measure is newly red.';
  return `${plural(n, 'measure is', 'measures are')} newly red.`;
}

function directionSentence(report: WhatChanged): string {
  const n = report.directionTurned.length;
  if (n === 0) return 'No direction of travel turned between improving and declining.';
  const now = (['improving', 'declining'] as const)
    .map((to) => [to, report.directionTurned.filter((t) => t.to === to).length] as const)
    .filter(([, count]) => count > 0)
    .map(([to, count]) => `${count} ${count === 1 ? 'is' : 'are'} now ${to}`);
  return `The direction of travel turned for ${plural(n, 'measure')}: ${listInWords(now)}.`;
}

/**
 * The lead for the quarter's own movements: "10 measures changed rating since July to September 2024
 * (2024-25 Q2): 2 became amber and 8 became green. No measure is newly red. ..." When the data has nothing
 * for the quarter before, says so instead of reporting no change.
 */
export function quarterLead(report: WhatChanged, index: DatasetIndex): string {
  const previous = report.previousQuarter;
  if (!report.quarter || !previous) return 'There is no quarter to compare.';
  const since = `${quarterMonthsWords(previous)} (${financialQuarterLabel(previous)})`;
  if (!availableQuarters(index).some((fq) => sameFinancialQuarter(fq, previous))) {
    return `There is no data for ${since} to compare with.`;
  }
  return [ratingSentence(report, since), newRedSentence(report), directionSentence(report)].join(' ');
}

/**
 * The officers' lead, comparing new files with the published data: "Check before publishing: 3 figures for
 * earlier periods were restated, 1 target changed, 1 new measure and 1 retired measure."
 */
export function checksLead(report: WhatChanged): string {
  const found = [
    report.revisions.length > 0 && `${plural(report.revisions.length, 'figure')} for earlier periods ${report.revisions.length === 1 ? 'was' : 'were'} restated`,
    report.targetChanges.length > 0 && `${plural(report.targetChanges.length, 'target')} changed`,
    report.newMeasures.length > 0 && plural(report.newMeasures.length, 'new measure'),
    report.retiredMeasures.length > 0 && plural(report.retiredMeasures.length, 'retired measure'),
  ].filter((part): part is string => part !== false);
  if (found.length === 0) return 'Compared with the published data, no figure for an earlier period was restated, no target changed and no measure was added or retired.';
  return `Check before publishing: ${listInWords(found)}.`;
}
