// settings.csv: `key,value` rows naming the authority and who to ask about the figures.
import { z } from 'zod';
import type { Settings } from '../domain/types';
import { optionalText, requiredText } from './field-schemas';
import type { FileProblems } from './file-problems';
import { headerOf, rowParser } from './parse-row';
import type { CsvTable } from './read-csv';

const SETTING_FIELDS = {
  authority_name: 'authorityName',
  query_email: 'queryEmail',
  data_date: 'dataDate',
  published: 'published',
  council_plan_url: 'councilPlanUrl',
} as const satisfies Record<string, keyof Settings>;

type SettingKey = keyof typeof SETTING_FIELDS;

const KNOWN_KEYS = Object.keys(SETTING_FIELDS);
// Only the shape a mail program needs: a wrong address would send members' queries nowhere.
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

const settingRow = z.object({ key: requiredText('the key'), value: optionalText });

export const EMPTY_SETTINGS: Settings = { authorityName: null, queryEmail: null, dataDate: null, published: null, councilPlanUrl: null };

// Only web addresses: a javascript: or data: link in a published page would run whatever an editor typed.
const WEB_ADDRESS = /^https?:\/\/[^\s"<>]+$/i;

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_FIELDS, key);
}

export function readSettings(table: CsvTable, log: FileProblems): { settings: Settings; kept: number } {
  const { columns } = table;
  const settings: Settings = { ...EMPTY_SETTINGS };
  const firstLine = new Map<string, number>();
  let kept = 0;
  const parseRow = rowParser(settingRow, columns);
  table.eachRow((row) => {
    const parsed = parseRow(row, log);
    if (!parsed.ok) return;
    const key = parsed.data.key.toLowerCase();
    const { value } = parsed.data;
    if (!isSettingKey(key)) {
      log.notice(row.line, headerOf(columns, 'key'), `"${parsed.data.key}" is not a setting the scorecard uses (known: ${KNOWN_KEYS.join(', ')}); the row is ignored`);
      return;
    }
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      log.error(row.line, headerOf(columns, 'key'), `${key} is already set on line ${earlier}, which is kept. Delete one of them`);
      return;
    }
    if (key === 'query_email' && value !== null && !EMAIL.test(value)) {
      log.error(row.line, headerOf(columns, 'value'), `"${value}" is not an e-mail address (e.g. governance.advisor@example.gov.uk)`);
      return;
    }
    if (key === 'council_plan_url' && value !== null && !WEB_ADDRESS.test(value)) {
      log.error(row.line, headerOf(columns, 'value'), `"${value}" is not a web address starting https:// (e.g. https://www.example.gov.uk/council-plan)`);
      return;
    }
    firstLine.set(key, row.line);
    settings[SETTING_FIELDS[key]] = value;
    kept++;
  });
  return { settings, kept };
}
