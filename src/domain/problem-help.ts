// Plain-English help for every problem the loader reports: what it means and what to do about it, for the
// officer preparing the files. Problems are recognised by the stable words of their messages (the figures and
// names in them vary); anything not recognised gets general help, so a new check never shows nothing.
import { FILE_AND_ROW_HELP, type HelpRule } from './problem-help-files';
import { CELL_HELP } from './problem-help-cells';
import type { Problem, Severity } from './types';

export interface ProblemHelp {
  /** Which kind of problem this is ("bad-period", "duplicate-row" ...), or "other" for the general help. */
  kind: string;
  explanation: string;
  fix: string;
}

export const GENERIC_KIND = 'other';

const GENERIC_CONSEQUENCE: Record<Severity, string> = {
  error: 'The row or file named was left out of the scorecard; every other row is still shown.',
  warning: 'It was read and is shown, but it may not be what was meant.',
  notice: 'Nothing was left out; this is for information.',
};

// File and row rules first: "the file is empty" would otherwise read as an empty cell.
const RULES: readonly HelpRule[] = [...FILE_AND_ROW_HELP, ...CELL_HELP];

/** Every kind of problem with its own help, for tests that each one is reached. */
export const HELP_KINDS: readonly string[] = RULES.map((rule) => rule.kind);

export function problemHelp(problem: Problem): ProblemHelp {
  for (const rule of RULES) {
    const match = rule.pattern.exec(problem.message);
    if (match) return { kind: rule.kind, ...rule.help(match, problem) };
  }
  return {
    kind: GENERIC_KIND,
    explanation: `The check found something it could not use as it stands; the message says what. ${GENERIC_CONSEQUENCE[problem.severity]}`,
    fix: 'Open the file at the line and column shown, correct it as the message says, then check the files again.',
  };
}
