// Help for problems with one cell: ids, words from a fixed list, figures, periods and years, targets,
// settings, and the warnings about figures that were read but may not be what was meant.
import { capitalise } from './format-value';
import { rule, type HelpRule } from './problem-help-files';
import type { Problem } from './types';

/** `the "Period" cell`, or `the cell` when the problem names no column. */
function theCell(problem: Problem): string {
  return problem.column === '-' ? 'the cell' : `the "${problem.column}" cell`;
}

const LEFT_OUT = 'The row is left out of the scorecard.';
const SHOWN_AS_SUPPLIED = 'The figure is shown as supplied, so readers will see it.';
const CELL_FORMS = 'a number (such as 85.1, 1,234 or 85.1 [p]), [c] if it is suppressed, [x] if it is not available, or leave it empty';

const REFERENCES: readonly HelpRule[] = [
  rule('unknown-measure', /^measure "[^"]*" is not in measures\.csv/, () => ({
    explanation: `measures.csv has no measure with this id, so there is no telling what the row measures. ${LEFT_OUT}`,
    fix: 'Correct the id to match the id column of measures.csv, or add the measure to measures.csv.',
  })),
  rule('unreadable-measure', /could not be read from measures\.csv \(see the problem on its line (\d+)\)/, (m) => ({
    explanation: `The measure this row belongs to has a problem of its own in measures.csv, so its rows are left out too.`,
    fix: `Fix measures.csv line ${m[1]}; this row is then read as usual.`,
  })),
  rule('invalid-id', /is not a valid id/, () => ({
    explanation: `An id may only use letters, digits, dots, hyphens and underscores (up to 32 of them), with no spaces. ${LEFT_OUT}`,
    fix: 'Write the id as measures.csv has it, such as EH01.',
  })),
];

const WORDS: readonly HelpRule[] = [
  rule('not-area', /is not an area slug(?:.*did you mean "([^"]+)")?/, (m) => ({
    explanation: `The area must be a short code in lower-case letters and hyphens, such as early-help, because it is used in links. ${LEFT_OUT}`,
    fix: m[1] ? `Write ${m[1]}.` : 'Write early-help, social-care, send or lac-sufficiency, or a new code of the same kind.',
  })),
  rule('bad-decimals', /is not a number of decimal places/, () => ({
    explanation: `decimals is how many decimal places the figures are shown with, from 0 to 3. ${LEFT_OUT}`,
    fix: 'Write 0, 1, 2 or 3, or leave it empty for the usual precision (1 for percentages and rates, 0 otherwise).',
  })),
  rule('not-in-list', /is not an? (.+?) \(expected one of: (.+)\)$/, (m, problem) => ({
    explanation: `The ${m[1]} must be one of a fixed set of words, and ${theCell(problem)} is not one of them. ${LEFT_OUT}`,
    fix: `Write one of: ${m[2]} (capital letters do not matter).`,
  })),
  rule('not-quartile', /is not a quartile/, () => ({
    explanation: `The quartile is a letter from A (the best quarter of councils nationally) to D. ${LEFT_OUT}`,
    fix: 'Write A, B, C or D, or leave the cell empty.',
  })),
  rule('not-brag', /is not a BRAG status/, () => ({
    explanation: `An action’s status is one of five BRAG colours, or what it means. ${LEFT_OUT}`,
    fix: 'Write Blue (complete), Green (on track), Amber (at risk), Red (significant risk) or Grey (not started).',
  })),
  rule('not-date', /is not a date in the form YYYY-MM-DD(?:: write (\S+))?/, (m) => ({
    explanation: `Dates are written year-month-day so that they cannot be misread. ${LEFT_OUT}`,
    fix: m[1] ? `Write ${m[1]}.` : 'Write the date as YYYY-MM-DD, such as 2025-03-31.',
  })),
  rule('not-email', /is not an e-mail address/, () => ({
    explanation: 'This address is where members’ queries about the figures are sent, and it is not a working e-mail address, so the setting is not used.',
    fix: 'Write the full address, such as governance.advisor@example.gov.uk.',
  })),
  rule('not-web-address', /is not a web address starting https?:\/\//, () => ({
    explanation: 'Only ordinary web addresses can be linked to from the published page, so the setting is not used.',
    fix: 'Write the whole address, starting https://.',
  })),
  rule('unknown-setting', /is not a setting the scorecard uses/, () => ({
    explanation: 'The scorecard does not use a setting by this name, so the row is ignored.',
    fix: 'Correct the spelling if it was meant to be one of the settings listed in the message; otherwise delete the row.',
  })),
  rule('empty-commentary', /^no commentary text for measure/, () => ({
    explanation: 'The row names a measure and period but has no text, so there is nothing to show.',
    fix: 'Write the commentary in the text cell, or delete the row.',
  })),
];

const FIGURES: readonly HelpRule[] = [
  rule('flag-without-number', /has a flag but no number before it/, () => ({
    explanation: `A flag such as [p] qualifies a figure, and there is no figure before it. ${LEFT_OUT}`,
    fix: `Write the figure before the flag (85.1 [p]), or write ${CELL_FORMS}.`,
  })),
  rule('bad-flag', /is not a flag \(flags are/, () => ({
    explanation: `Letters in square brackets after a figure are flags, and this one is not known. ${LEFT_OUT}`,
    fix: 'Use [p] provisional, [r] revised, [e] estimated, [u] low reliability or [b] break in series, or remove the brackets.',
  })),
  rule('not-a-number', /is not a number or a special value/, (_m, problem) => ({
    explanation: `${capitalise(theCell(problem))} cannot be read as a figure: words, dates and stray symbols are the usual cause. ${LEFT_OUT}`,
    fix: `Write ${CELL_FORMS}.`,
  })),
  rule('threshold-not-number', /is not a number, but the (target|tolerance) must be one/, (m) => ({
    explanation: `The ${m[1]} must be a number so that ratings can be worked out. ${LEFT_OUT}`,
    fix: 'Write a number such as 85 or 85.5%.',
  })),
  rule('threshold-special', /is a special value, but the (target|tolerance) must be a number/, (m) => ({
    explanation: `A ${m[1]} cannot be suppressed or unavailable. A measure with no target for the year is simply not rated. ${LEFT_OUT}`,
    fix: `Write the ${m[1]} as a number, or delete the row if there is no target this year.`,
  })),
  rule('threshold-flag', /must be a plain number, without flags/, () => ({
    explanation: `Flags such as [p] belong to figures, not to targets. ${LEFT_OUT}`,
    fix: 'Remove the flag: write 85 instead of 85 [p].',
  })),
  rule('target-on-unrated', /has polarity "none".*cannot have a target/, () => ({
    explanation: `This measure is not rated (its polarity is "none": neither high nor low is good), so a target for it would mean nothing. ${LEFT_OUT}`,
    fix: 'Delete this row, or set the measure’s polarity in measures.csv to high or low if it should be rated.',
  })),
  rule('tolerance-wrong-side', /^the tolerance \S+ is (above|below) the target/, () => ({
    explanation: `The tolerance is the amber line: below the target where high is good, above it where low is good. This one is on the wrong side, so no rating would make sense. ${LEFT_OUT}`,
    fix: 'Check whether the target and tolerance were swapped, or whether the measure’s polarity in measures.csv is right.',
  })),
];

const PERIODS: readonly HelpRule[] = [
  rule('spc-baseline', /the SPC limits use every figure instead$/, () => ({
    explanation: 'spc_baseline names the period from which the chart’s process limits are worked out afresh. It could not be read, so the limits use every figure.',
    fix: 'Write the period the way the measure’s periods are written (such as 2024-06 or 2024-25 Q1), or leave the cell empty.',
  })),
  rule('wrong-frequency', /, but this (monthly|quarterly|annual) measure needs (.+)$/, (m) => ({
    explanation: `The period is the wrong kind for this ${m[1]} measure. ${LEFT_OUT}`,
    fix: `Write ${m[2]}, or correct the measure’s frequency in measures.csv if that is what is wrong.`,
  })),
  rule('wrong-year-type', /, but this measure uses (\w+) years, so it needs (.+)$/, (m) => ({
    explanation: `The period is written for a different kind of year from the ${m[1]} years this measure uses (financial years run April to March, academic years September to August). ${LEFT_OUT}`,
    fix: `Write ${m[2]}, or correct the measure’s year_type in measures.csv.`,
  })),
  rule('bad-period', /is not a (?:month|period) \(expected/, () => ({
    explanation: `The period cannot be read: months run 01 to 12, quarters Q1 to Q4, and a split year is written like 2024-25. ${LEFT_OUT}`,
    fix: 'Write a month as 2024-06, a quarter as 2024-25 Q3 (a calendar quarter as 2024 Q1), or a year as 2024-25 (a calendar year as 2024).',
  })),
  rule('bad-year', /is not a year for measure \S+ \(expected ([^)]+)\)(?:; a DfE reporting year \d+ .* is written (\S+))?/, (m) => ({
    explanation: `The year is not written the way this measure’s years are. ${LEFT_OUT}`,
    fix: m[2] ? `Write ${m[2]}: DfE’s reporting years end on 31 March.` : `Write the year as ${m[1]!.replace(' written ', ' in the form ')}.`,
  })),
  rule('required-empty', /^(.+?) is empty(?: \((.+)\)|: (.+))?$/, (m, problem) => ({
    explanation: `${capitalise(theCell(problem))} must be filled in. ${LEFT_OUT}`,
    fix: `Fill in ${theCell(problem)}${m[2] ? ` (${m[2]})` : m[3] ? `: ${m[3]}` : ''}, or delete the row if it is not needed.`,
  })),
];

const WARNINGS: readonly HelpRule[] = [
  rule('bracket-negative', /was read as (\S+) \(brackets mean a negative number/, (m) => ({
    explanation: 'Accounting formats write minus 12 as (12), so the figure was read as a negative number. That may not be what was meant.',
    fix: `Write ${m[1]} if it is negative, or the number without brackets if it is not.`,
  })),
  rule('legacy-symbol', /legacy symbols are accepted, but please write (\[\w+\])/, (m) => ({
    explanation: 'Older files mark missing figures with symbols such as : or ..; the scorecard understands them, but the Government Statistical Service now uses letters in square brackets.',
    fix: `Write ${m[1]}.`,
  })),
  rule('implausible-percent', /is not a plausible percentage/, () => ({
    explanation: `A percentage should be between 0 and 100. ${SHOWN_AS_SUPPLIED}`,
    fix: 'Check the figure against the source system and correct it.',
  })),
  rule('negative', /is negative, but/, () => ({
    explanation: `A count, rate or number of days cannot be below zero. ${SHOWN_AS_SUPPLIED}`,
    fix: 'Check the figure against the source system and correct it.',
  })),
  rule('zero-denominator', /^the denominator is 0/, () => ({
    explanation: 'Nothing can be divided by 0, so the tally behind this figure cannot be right.',
    fix: 'Check the denominator (how many there were in all) and correct it, or leave it empty if it is not known.',
  })),
  rule('ratio-mismatch', /does not match the numerator and denominator/, () => ({
    explanation: `The percentage is not the numerator divided by the denominator; one of the three is wrong (a fraction such as 0.851 for 85.1% is a common cause). ${SHOWN_AS_SUPPLIED}`,
    fix: 'Check all three figures against the source system and correct the wrong one.',
  })),
  rule('small-count', /could identify a child/, () => ({
    explanation: 'Counts from 1 to 4 can make a child identifiable when published. The scorecard never hides figures itself.',
    fix: 'Follow your disclosure rules: if the figure must be suppressed, write [c] instead (in the value and the numerator).',
  })),
  rule('fractions', /every percentage in this file is between 0 and 1/, () => ({
    explanation: 'Every percentage in this file is below 1, which usually means the spreadsheet exported fractions (0.851) instead of percentages (85.1). They are shown as written.',
    fix: 'Export the percentages as numbers from 0 to 100: in Excel, multiply by 100 or change the column’s format before saving.',
  })),
];

export const CELL_HELP: readonly HelpRule[] = [...REFERENCES, ...WORDS, ...FIGURES, ...PERIODS, ...WARNINGS];
