// actions.csv (an addition to the contract): the actions of an improvement plan, each with a BRAG status.
import { z } from 'zod';
import { BRAG_MEANINGS, BRAG_STATUSES, isIsoDate, type Action, type BragStatus } from '../domain/actions';
import { fail, optionalText, requiredText } from './field-schemas';
import type { FileProblems } from './file-problems';
import { headerOf, rowParser } from './parse-row';
import type { CsvTable } from './read-csv';

// Officers write the colour ("Blue") or, as some plans do, what it means ("Complete"): both are read.
const STATUS_WORDS = new Map<string, BragStatus>([
  ...BRAG_STATUSES.map((status) => [status, status] as const),
  ...BRAG_STATUSES.map((status) => [BRAG_MEANINGS[status], status] as const),
  ['gray', 'grey'],
  ['completed', 'blue'],
]);

const EXPECTED_STATUS =
  'expected Blue, Green, Amber, Red or Grey, or what they mean: ' + BRAG_STATUSES.map((status) => BRAG_MEANINGS[status]).join(', ');

const statusField = z
  .string()
  .optional()
  .transform((raw, ctx): BragStatus => {
    const text = (raw ?? '').trim();
    if (text === '') return fail(ctx, `the status is empty (${EXPECTED_STATUS})`);
    return STATUS_WORDS.get(text.toLowerCase().replace(/\s+/g, ' ')) ?? fail(ctx, `"${text}" is not a BRAG status (${EXPECTED_STATUS})`);
  });

// Excel's UK date format, so the message can say exactly what to write instead.
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const dueField = z
  .string()
  .optional()
  .transform((raw, ctx): string => {
    const text = (raw ?? '').trim();
    if (text === '') return fail(ctx, 'the due date is empty: write the target end date as YYYY-MM-DD, e.g. 2025-03-31');
    if (isIsoDate(text)) return text;
    const uk = UK_DATE.exec(text);
    const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : null;
    if (iso !== null && isIsoDate(iso)) return fail(ctx, `"${text}" is not a date in the form YYYY-MM-DD: write ${iso}`);
    return fail(ctx, `"${text}" is not a date in the form YYYY-MM-DD (e.g. 2025-03-31)`);
  });

const actionRow = z.object({
  ref: requiredText('the action reference'),
  priority: requiredText('the priority'),
  action: requiredText('the action'),
  lead: optionalText,
  due: dueField,
  status: statusField,
  update: optionalText,
});

export function readActions(table: CsvTable, log: FileProblems): { actions: Action[]; kept: number } {
  const firstLine = new Map<string, number>();
  const actions: Action[] = [];
  const parseRow = rowParser(actionRow, table.columns);
  table.eachRow((row) => {
    const parsed = parseRow(row, log);
    if (!parsed.ok) return;
    const { ref } = parsed.data;
    // "1.4.2" and " 1.4.2 " (trimmed already) or "eh-1" and "EH-1" are the same action to a reader.
    const key = ref.toLowerCase();
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      log.error(row.line, headerOf(table.columns, 'ref'), `action "${ref}" is already on line ${earlier}, which is kept. Give each action its own reference`);
      return;
    }
    firstLine.set(key, row.line);
    actions.push(parsed.data);
  });
  return { actions, kept: actions.length };
}
