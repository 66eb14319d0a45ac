// measures.csv: one row per measure definition. Every other file is checked against these.
import { z } from 'zod';
import { parsePeriod } from '../domain/periods';
import { DOT_BASES, FREQUENCIES, POLARITIES, UNITS, YEAR_TYPES, YTD_RULES, type Measure, type Unit } from '../domain/types';
import { enumField, idField, optionalText, requiredText } from './field-schemas';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { measureIndex, type MeasureIndex } from './measure-index';
import { headerOf, rowParser } from './parse-row';
import type { CsvTable } from './read-csv';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const areaField = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const text = (raw ?? '').trim();
    const slug = text.toLowerCase();
    if (SLUG.test(slug)) return slug;
    const suggestion = slug.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    ctx.addIssue({
      code: 'custom',
      message:
        text === ''
          ? "the measure's area is empty (e.g. early-help, social-care, send, lac-sufficiency)"
          : `"${text}" is not an area slug: use lower-case letters, digits and hyphens` +
            (suggestion ? ` (did you mean "${suggestion}"?)` : ''),
    });
    return z.NEVER;
  });

/** Empty means "the unit's default"; anything else must be a whole number of places from 0 to 3. */
const decimalsField = z
  .string()
  .optional()
  .transform((raw, ctx): number | null => {
    const text = (raw ?? '').trim();
    if (text === '') return null;
    if (/^[0-3]$/.test(text)) return Number(text);
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a number of decimal places (expected 0, 1, 2 or 3)` });
    return z.NEVER;
  });

const measureRow = z.object({
  id: idField("the measure's id"),
  area: areaField,
  group: optionalText,
  title: requiredText("the measure's title"),
  description: optionalText,
  unit: enumField(UNITS, 'unit'),
  polarity: enumField(POLARITIES, 'polarity'),
  frequency: enumField(FREQUENCIES, 'frequency'),
  year_type: enumField(YEAR_TYPES, 'year type', 'financial'),
  ytd: enumField(YTD_RULES, 'year-to-date rule', 'none'),
  dot: enumField(DOT_BASES, 'direction-of-travel basis', 'year-ago'),
  decimals: decimalsField,
  council_plan: optionalText,
  data_note: optionalText,
  source: optionalText,
  owner: optionalText,
  next_update: optionalText,
  spc_baseline: optionalText,
});

function defaultDecimals(unit: Unit): number {
  return unit === 'percent' || unit === 'rate-per-10k' ? 1 : 0;
}

export interface MeasuresRead {
  measures: Measure[];
  index: MeasureIndex;
  kept: number;
}

export function readMeasures(table: CsvTable, log: FileProblems): MeasuresRead {
  const measures: Measure[] = [];
  const firstLine = new Map<string, number>();
  const skippedLines = new Map<string, number>();
  const parseRow = rowParser(measureRow, table.columns);
  table.eachRow((row) => {
    const parsed = parseRow(row, log);
    if (!parsed.ok) {
      // Remember the line so rows elsewhere that use this id can point to the real problem.
      const id = (parsed.record.id ?? '').trim().toLowerCase();
      if (id && !skippedLines.has(id)) skippedLines.set(id, row.line);
      return;
    }
    const cells = parsed.data;
    const key = cells.id.toLowerCase();
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      log.error(row.line, headerOf(table.columns, 'id'), `measure id "${cells.id}" is already used on line ${earlier}; ids must be unique. The row is skipped`);
      return;
    }
    firstLine.set(key, row.line);
    // A mistyped baseline should not cost the measure its row: warn, and work the limits out from every figure.
    const baseline = cells.spc_baseline === null ? null : parsePeriod(cells.spc_baseline, cells.frequency, cells.year_type);
    if (baseline && !baseline.ok) {
      log.warning(row.line, headerOf(table.columns, 'spc_baseline'), `${baseline.reason}; the SPC limits use every figure instead`);
    }
    measures.push({
      id: cells.id,
      area: cells.area,
      group: cells.group,
      title: cells.title,
      description: cells.description,
      unit: cells.unit,
      polarity: cells.polarity,
      frequency: cells.frequency,
      yearType: cells.year_type,
      ytd: cells.ytd,
      dot: cells.dot,
      decimals: cells.decimals ?? defaultDecimals(cells.unit),
      councilPlan: cells.council_plan,
      dataNote: cells.data_note,
      source: cells.source,
      owner: cells.owner,
      nextUpdate: cells.next_update,
      spcBaseline: baseline?.ok ? baseline.period : null,
    });
  });
  if (table.rowsRead === 0) {
    // A header with nothing under it: every row of every other file will be "not in measures.csv", so say why once.
    log.error(0, WHOLE_ROW, 'measures.csv has a header row but no measures under it, so no figure can be shown: add one row per measure below the header');
  }
  // A duplicate that was skipped is not "could not be read": its id resolves to the first row.
  for (const key of firstLine.keys()) skippedLines.delete(key);
  return { measures, index: measureIndex(measures, skippedLines), kept: measures.length };
}
