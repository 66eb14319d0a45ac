// Help for problems with a whole file, its header row, the shape of a row, or a row that repeats another.
import type { Problem } from './types';

export interface HelpRule {
  kind: string;
  /** Matched against the message; its groups carry the names and figures the help repeats. */
  pattern: RegExp;
  help(match: RegExpExecArray, problem: Problem): { explanation: string; fix: string };
}

const SAVE_AS_CSV_UTF8 = 'open it in Excel, choose File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)", and replace the file';

export function rule(kind: string, pattern: RegExp, help: HelpRule['help']): HelpRule {
  return { kind, pattern, help };
}

const FILES: readonly HelpRule[] = [
  rule('not-csv', /^this is not a CSV file/, () => ({
    explanation: 'The file is a spreadsheet or another kind of file saved under a .csv name, so none of its rows could be read.',
    fix: `Export the sheet again as CSV: ${SAVE_AS_CSV_UTF8}.`,
  })),
  rule('utf-16', /saved as UTF-16/, () => ({
    explanation: 'The file was saved as "Unicode Text". It was read, but other tools may not read it the same way.',
    fix: `To be safe, ${SAVE_AS_CSV_UTF8}.`,
  })),
  rule('not-utf8', /is not UTF-8 \(first unreadable character on line (\d+)\)/, (m) => ({
    explanation: 'The file was saved in an older Windows text format, so symbols such as £ and accented letters may have been read wrongly.',
    fix: `Check the £ signs and accented letters from line ${m[1]}, then ${SAVE_AS_CSV_UTF8}.`,
  })),
  rule('empty-file', /^the file is empty/, () => ({
    explanation: 'The file has nothing in it, not even the header row, so it adds nothing to the scorecard.',
    fix: 'Export it again, or delete the file if it is not meant to be published. Its first row must name the columns.',
  })),
  rule('no-measures', /measures\.csv is missing|instead of measures\.csv/, () => ({
    explanation: 'Without measures.csv nothing can be shown: it lists every measure, and every other file refers to it.',
    fix: 'Put measures.csv in the data folder, with a header row naming id, area, title, unit, polarity and frequency, and one row per measure.',
  })),
  rule('no-measure-rows', /has a header row but no measures under it/, () => ({
    explanation: 'measures.csv has its header row but no measures below it, so there is nothing to show.',
    fix: 'Add one row per measure below the header row, or put back the full measures.csv.',
  })),
  rule('no-value-files', /^none of the value files/, () => ({
    explanation: 'None of the files that hold the figures was supplied, so no measure has a value to show.',
    fix: 'Add at least one of early-help.csv, social-care.csv, send.csv or lac-sufficiency.csv to the data folder.',
  })),
  rule('needs-measures', /because measures\.csv could not be read/, () => ({
    explanation: 'Every row of this file names a measure, and measures.csv could not be read, so none of these rows could be checked or shown.',
    fix: 'Fix the problems reported for measures.csv first; this file is then checked as usual.',
  })),
  rule('fetch-failed', /^could not be fetched/, () => ({
    explanation: 'The web server did not hand this file over, so it was not read. The file itself may be fine.',
    fix: 'Reload the page. If it happens again, ask the web team to check that the file is in the data folder and can be opened.',
  })),
  rule('loader-fault', /unexpected fault in the scorecard/, () => ({
    explanation: 'Something in this file tripped up the scorecard itself. That is a fault in the scorecard, not necessarily in your file; the other files were still read.',
    fix: 'Report it to the scorecard’s maintainers with a copy of the file.',
  })),
  rule('not-contract-file', /is not one of the scorecard's files/, () => ({
    explanation: 'The scorecard only reads files with its own names, so this file was not read at all.',
    fix: 'If it holds figures, rename it to the right file name (listed in data/README.md); otherwise take it out of the folder.',
  })),
];

const HEADER: readonly HelpRule[] = [
  rule('missing-column', /^required column "([^"]+)" is missing/, (m) => ({
    explanation: `The header row (the first row) has no column called "${m[1]}", which this file must have, so none of its rows can be used.`,
    fix: `Add a "${m[1]}" column, or correct the spelling of the heading that was meant to be it. Headings may be in any order and any case.`,
  })),
  rule('no-header', /^the first row should be the header row naming the columns, but (it looks like data)?/, (m) => ({
    explanation: m[1]
      ? 'The file starts with figures, not with the header row that names the columns, so none of its rows can be used. The header row was probably deleted.'
      : 'None of the names in the first row is a column of this file, so none of its rows can be used.',
    fix: 'Make the first line the header row, naming the columns as the message shows (in any order).',
  })),
  rule('duplicate-column', /^column "([^"]+)" appears twice/, (m) => ({
    explanation: `Two columns are both headed "${m[1]}". Only the first is read, so the figures in the other are ignored.`,
    fix: 'Delete the extra column, or rename it if it holds something different.',
  })),
  rule('unknown-column', /is not part of the contract for \S+ and is ignored(?: \(did you mean "([^"]+)"\?\))?/, (m) => ({
    explanation: 'The scorecard has no use for a column with this heading, so its cells are ignored. Nothing else is affected.',
    fix: m[1]
      ? `If it was meant to be the "${m[1]}" column, rename the heading to "${m[1]}".`
      : 'Nothing needs doing if the column is for your own use; delete it to make this notice go away.',
  })),
  rule('unnamed-column', /no name in the header row/, () => ({
    explanation: 'A column has no heading, so its cells are ignored. It is often an empty column Excel left behind.',
    fix: 'Delete the column, or give it a heading from the file’s list of columns if its cells matter.',
  })),
  rule('header-syntax', /^in the header row,/, () => ({
    explanation: 'A quote mark in the header row is out of place, so the column names may have been read wrongly.',
    fix: 'Check the quote marks in the first row: headings normally need no quote marks at all.',
  })),
];

const ROWS: readonly HelpRule[] = [
  rule('unclosed-quote', /is never closed \(a " is missing\)/, () => ({
    explanation: 'A cell in this row opens a quote mark (") but never closes it, so the rest of the file was read as one cell and the rows below are missing.',
    fix: 'Add the closing " at the end of the cell, or remove the opening one. A quote mark inside a quoted cell is written twice ("").',
  })),
  rule('misplaced-quote', /^a quote mark is out of place/, () => ({
    explanation: 'A quote mark in this row is in the middle of a cell, so the row’s cells could not be told apart.',
    fix: 'Put the whole cell in quote marks and write each quote mark inside it twice (""), or remove the quote mark.',
  })),
  rule('unreadable-row', /could not be read as CSV/, () => ({
    explanation: 'This row is not laid out as CSV, so its cells could not be told apart.',
    fix: 'Look at the row in a text editor and correct the commas and quote marks, or export the file again.',
  })),
  rule('repeated-header', /^the header row is repeated here/, () => ({
    explanation: 'This row repeats the header row, which usually means two exports were pasted into one file.',
    fix: 'Delete this row, and check that the rows below it do not repeat rows above it.',
  })),
  rule('too-many-cells', /cells but the header has \d+ columns, so its cells cannot be matched/, () => ({
    explanation:
      'The row has more cells than the header has columns. Usually a figure such as 1,234 or a sentence with a comma was not in quote marks, so its comma split it in two.',
    fix: 'Write numbers without thousands commas (1234), or put the cell in double quotes ("1,234"). Saving from Excel as CSV does this for you.',
  })),
  rule('split-number', /looks like one number split at its thousands comma \(([^)]*)\)/, (m) => ({
    explanation: `A figure written with a thousands comma (${m[1]}) was not in quote marks, so its comma split it into two cells and every cell after it moved one column along.`,
    fix: `Write the figure without the comma, or put it in double quotes ("${m[1]}"). Saving from Excel as CSV does this for you.`,
  })),
  rule('too-few-cells', /cells but the header has \d+ columns, so it has no/, () => ({
    explanation: 'The row stops before a column it must have, so it cannot be used. It may have been cut short or split over two lines.',
    fix: 'Fill in the missing cells at the end of the row.',
  })),
  rule('short-row', /cells but the header has \d+ columns; the missing/, () => ({
    explanation: 'The row has fewer cells than the header has columns; the missing cells at the end are read as empty.',
    fix: 'Nothing is lost if they really are empty. Otherwise fill them in.',
  })),
];

const KEPT_FIRST = 'The first is kept and this row is left out.';

const DUPLICATES: readonly HelpRule[] = [
  rule('duplicate-measure-id', /^measure id "[^"]*" is already used on line (\d+)/, (m) => ({
    explanation: `Another measure (line ${m[1]}) has the same id; capital letters do not make ids different. ${KEPT_FIRST}`,
    fix: `Give each measure its own id, or delete whichever of this row and line ${m[1]} is not wanted.`,
  })),
  rule('duplicate-value', /^a second row for measure \S+ and period .+: the first is (.+) line (\d+), which is kept/, (m) => ({
    explanation: `There are two figures for the same measure and period (2024-06 and 2024-25 Q1 can be the same period written two ways). ${KEPT_FIRST}`,
    fix: `Delete the row that is wrong: this one, or ${m[1]} line ${m[2]}.`,
  })),
  rule('duplicate-row', /^a second (target|benchmark row|commentary row) for measure .*the first is on line (\d+)/, (m) => ({
    explanation: `There is already a ${m[1]!.replace(' row', '')} for this measure and ${m[1] === 'commentary row' ? 'period' : 'year'} on line ${m[2]}. ${KEPT_FIRST}`,
    fix: m[1] === 'commentary row' ? `Put all the commentary in one row (line ${m[2]}) and delete this one.` : `Delete whichever of this row and line ${m[2]} is wrong.`,
  })),
  rule('duplicate-term', /is already defined on line (\d+)/, (m) => ({
    explanation: `This term is already defined on line ${m[1]}; capital letters do not make terms different. ${KEPT_FIRST}`,
    fix: `Keep the better definition in one row and delete the other.`,
  })),
  rule('duplicate-setting', /is already set on line (\d+)/, (m) => ({
    explanation: `This setting is already given on line ${m[1]}. ${KEPT_FIRST}`,
    fix: `Delete whichever of this row and line ${m[1]} is out of date.`,
  })),
  rule('duplicate-action', /^action "[^"]*" is already on line (\d+)/, (m) => ({
    explanation: `Another action (line ${m[1]}) has the same reference. ${KEPT_FIRST}`,
    fix: 'Give each action its own reference, or delete the row that repeats the other.',
  })),
];

export const FILE_AND_ROW_HELP: readonly HelpRule[] = [...FILES, ...HEADER, ...ROWS, ...DUPLICATES];
