// Plain-English descriptions of a measure's settings for members. Wording only: the rules that use these
// settings live in src/domain.
import { formatNumber } from '../../domain/format-value';
import type { Frequency, Measure, Qualifier, Quartile, Target, YearType, YtdRule } from '../../domain/types';

const POLARITY_WORDS: Record<Measure['polarity'], string> = {
  high: 'Higher is better',
  low: 'Lower is better',
  none: 'Neither higher nor lower is better: a context measure, so it is not rated',
};

const FREQUENCY_WORDS: Record<Frequency, string> = { monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Once a year' };

const YEAR_WORDS: Record<YearType, string> = {
  financial: 'financial year (April to March)',
  academic: 'academic year (September to August)',
  calendar: 'calendar year (January to December)',
};

const YTD_WORDS: Record<YtdRule, string> = {
  sum: 'The figures for the year so far are added up',
  ratio: 'Worked out from the year’s totals (the counts added up, then divided), never an average of the monthly percentages',
  latest: 'The latest figure (a count at a point in time)',
  mean: 'The average of the figures for the year so far',
  none: 'No year-to-date figure',
};

const QUARTILE_WORDS: Record<Quartile, string> = {
  A: 'among the best 25% of councils in England',
  B: 'among the second-best 25% of councils in England (above the middle)',
  C: 'among the third 25% of councils in England (below the middle)',
  D: 'among the lowest 25% of councils in England',
};

export function polarityWords(measure: Measure): string {
  return POLARITY_WORDS[measure.polarity];
}

export function frequencyWords(measure: Measure): string {
  return `${FREQUENCY_WORDS[measure.frequency]}, by ${YEAR_WORDS[measure.yearType]}`;
}

export function ytdWords(measure: Measure): string {
  return measure.frequency === 'annual' ? 'None: an annual measure has no year to date' : YTD_WORDS[measure.ytd];
}

export function quartileWords(quartile: Quartile): string {
  return QUARTILE_WORDS[quartile];
}

/** Where green turns amber and amber turns red, for the measure's polarity: "Green at 18.0% or lower; ...". */
export function thresholdWords(measure: Measure, target: Target): string {
  const show = (d: Target['target']) => formatNumber(d, measure.unit, measure.decimals);
  const low = measure.polarity === 'low';
  const goal = show(target.target);
  if (target.tolerance === null) return low ? `Green at ${goal} or lower; red above ${goal}.` : `Green at ${goal} or higher; red below ${goal}.`;
  const limit = show(target.tolerance);
  return low
    ? `Green at ${goal} or lower; amber above ${goal} up to ${limit}; red above ${limit}.`
    : `Green at ${goal} or higher; amber below ${goal} down to ${limit}; red below ${limit}.`;
}

const FLAG_SENTENCES: Record<Qualifier, string> = {
  p: 'Provisional: this figure may change when the data is finalised.',
  r: 'Revised: this figure has been corrected since it was first published.',
  e: 'Estimated: this figure is an estimate.',
  u: 'Low reliability: treat this figure with caution.',
  b: 'Break in series: the definition or source changed, so this figure is not directly comparable with earlier ones.',
};

export function flagSentence(flag: Qualifier): string {
  return FLAG_SENTENCES[flag];
}
