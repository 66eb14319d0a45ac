// A valid contract-format data folder of any size, the same bytes for the same seed, for load tests and the bench:
//   npm run generate -- --measures 400 --years 5 --out /tmp/data [--seed 7]
//   npm run generate -- --rows 1000000 --out /tmp/data-1m
// Measures cycle through the four service areas and ten measure templates (units, polarities, frequencies and
// year types as in data/measures.csv); values wander plausibly around a level with seasonality; percentages
// carry a numerator and denominator that agree with the value; small tallies are written [c] as an officer would.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { calendarMonthOf, endsQuarter, endsYear, monthIndex, periodLabel, yearLabel, yearStartOf } from '../src/domain/periods';

export interface GenerateOptions {
  measures: number;
  years: number;
  seed: string;
}

export type GeneratedFiles = Record<string, string>;

export interface GeneratedDataset {
  files: GeneratedFiles;
  measures: number;
  years: number;
  valueRows: number;
}

/** The data ends in December 2024, so the default quarter is 2024-25 Q3, as in the sample. */
export const LAST_YEAR = 2024;

const AREAS = [
  { slug: 'early-help', prefix: 'EH', file: 'early-help.csv', subject: 'families', service: 'Early Help', system: 'Liquidlogic EHM' },
  { slug: 'social-care', prefix: 'CSC', file: 'social-care.csv', subject: 'children in need', service: "Children's Social Care", system: 'Liquidlogic LCS' },
  { slug: 'send', prefix: 'SEND', file: 'send.csv', subject: 'children with SEND', service: 'SEND', system: 'SEND case management system' },
  { slug: 'lac-sufficiency', prefix: 'LAC', file: 'lac-sufficiency.csv', subject: 'children looked after', service: 'Looked After Children', system: 'DfE SSDA903' },
] as const;

type Unit = 'percent' | 'number' | 'rate-per-10k' | 'days' | 'weeks' | 'currency-gbp' | 'score';
type Polarity = 'high' | 'low' | 'none';
type Frequency = 'monthly' | 'quarterly' | 'annual';

interface Template {
  group: string;
  title: string;
  unit: Unit;
  polarity: Polarity;
  frequency: Frequency;
  yearType: 'financial' | 'academic' | 'calendar';
  ytd: 'sum' | 'ratio' | 'latest' | 'mean' | 'none';
  dot: 'year-ago' | 'previous';
  decimals: number;
  /** Quarterly and annual periods written as their last month (`2024-06`) instead of `2024-25 Q1`. */
  monthForm?: boolean;
  /** Level range, and (for percentages and rates) the range of the denominator. */
  level: [number, number];
  denominator?: [number, number];
  benchmarked: boolean;
}

/** Ten templates, cycled within each area: 5 monthly, 3 quarterly, 2 annual; high, low and none; every year type. */
export const TEMPLATES: readonly Template[] = [
  { group: 'Timeliness', title: 'Contacts with {subject} made within timescale', unit: 'percent', polarity: 'high', frequency: 'monthly', yearType: 'financial', ytd: 'ratio', dot: 'year-ago', decimals: 1, level: [70, 95], denominator: [40, 400], benchmarked: true },
  { group: 'Demand', title: 'Requests for support for {subject} received', unit: 'number', polarity: 'none', frequency: 'monthly', yearType: 'financial', ytd: 'sum', dot: 'year-ago', decimals: 0, level: [80, 1800], benchmarked: false },
  { group: 'Timeliness', title: 'Average working days to allocate a worker to {subject}', unit: 'days', polarity: 'low', frequency: 'monthly', yearType: 'financial', ytd: 'mean', dot: 'year-ago', decimals: 1, level: [4, 40], benchmarked: false },
  { group: 'Outcomes', title: 'Re-referrals of {subject} within 12 months', unit: 'percent', polarity: 'low', frequency: 'monthly', yearType: 'financial', ytd: 'ratio', dot: 'previous', decimals: 1, level: [12, 28], denominator: [60, 500], benchmarked: true },
  { group: 'Demand', title: 'Rate of {subject} per 10,000 children', unit: 'rate-per-10k', polarity: 'none', frequency: 'monthly', yearType: 'financial', ytd: 'latest', dot: 'year-ago', decimals: 1, level: [30, 600], denominator: [40000, 90000], benchmarked: true },
  { group: 'Participation', title: '{Subject} in education, employment or training', unit: 'percent', polarity: 'high', frequency: 'quarterly', yearType: 'academic', ytd: 'latest', dot: 'year-ago', decimals: 1, level: [55, 92], denominator: [50, 600], benchmarked: false },
  { group: 'Sufficiency', title: 'Average weekly cost of a placement for {subject}', unit: 'currency-gbp', polarity: 'low', frequency: 'quarterly', yearType: 'financial', ytd: 'mean', dot: 'year-ago', decimals: 0, monthForm: true, level: [1500, 7000], benchmarked: false },
  { group: 'Timeliness', title: 'Average weeks to complete a plan for {subject}', unit: 'weeks', polarity: 'low', frequency: 'quarterly', yearType: 'calendar', ytd: 'mean', dot: 'year-ago', decimals: 1, level: [10, 30], benchmarked: false },
  { group: 'Outcomes', title: '{Subject} reaching the expected standard', unit: 'percent', polarity: 'high', frequency: 'annual', yearType: 'academic', ytd: 'none', dot: 'year-ago', decimals: 1, level: [40, 80], denominator: [100, 900], benchmarked: true },
  { group: 'Experience', title: 'Satisfaction of {subject} with the service (score out of 10)', unit: 'score', polarity: 'high', frequency: 'annual', yearType: 'calendar', ytd: 'none', dot: 'year-ago', decimals: 1, level: [5, 9], benchmarked: false },
];

// ---------------------------------------------------------------------------------------------------------
// Deterministic random numbers: a string seed hashed (FNV-1a) into mulberry32.

export function randomFrom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Periods, with the domain's own rules (months are counted as year * 12 + (month - 1)).

function periodText(end: number, template: Template): string {
  const kind = template.frequency === 'monthly' || template.monthForm ? 'month' : template.frequency === 'quarterly' ? 'quarter' : 'year';
  return periodLabel({ kind, yearType: template.yearType, end });
}

/** The end months of a measure's periods in the window of `years` years ending December LAST_YEAR. */
function periodEnds(template: Template, years: number): number[] {
  const last = monthIndex(LAST_YEAR, 12);
  const ends: number[] = [];
  for (let index = last - 12 * years + 1; index <= last; index++) {
    if (template.frequency === 'monthly') ends.push(index);
    else if (template.frequency === 'quarterly' ? endsQuarter(index, template.yearType) : endsYear(index, template.yearType)) ends.push(index);
  }
  return ends;
}

/** Rows a measure contributes: 12 a year monthly, 4 quarterly, 1 annual, whatever its year type. */
export function rowsOfMeasure(position: number, years: number): number {
  const template = TEMPLATES[Math.floor(position / AREAS.length) % TEMPLATES.length]!;
  return years * (template.frequency === 'monthly' ? 12 : template.frequency === 'quarterly' ? 4 : 1);
}

/**
 * Sizing by value rows: a longer history for a bigger dataset (5 years to 50k rows, 10 to 500k, 20 beyond), then
 * as many measures as reach the rows asked for. Either figure may be fixed by the caller.
 */
export function sizeForRows(rows: number, fixed: { measures?: number; years?: number } = {}): { measures: number; years: number } {
  if (fixed.measures !== undefined && fixed.years !== undefined) return { measures: fixed.measures, years: fixed.years };
  if (fixed.measures !== undefined) {
    const perYear = Array.from({ length: fixed.measures }, (_, i) => rowsOfMeasure(i, 1)).reduce((a, b) => a + b, 0);
    return { measures: fixed.measures, years: Math.max(1, Math.round(rows / Math.max(1, perYear))) };
  }
  const years = fixed.years ?? (rows < 50_000 ? 5 : rows < 500_000 ? 10 : 20);
  let measures = 0;
  let total = 0;
  while (total < rows) total += rowsOfMeasure(measures++, years);
  return { measures: Math.max(1, measures), years };
}

// ---------------------------------------------------------------------------------------------------------
// Writing.

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return cells.map(csvCell).join(',') + '\n';
}

/** Digits to `places` decimals, half away from zero on exact integers: numerator x scale / denominator. */
function ratioText(numerator: number, denominator: number, scale: number, places: number): string {
  const factor = scale * 10 ** places;
  const scaled = Math.floor((2 * factor * numerator + denominator) / (2 * denominator));
  return fixedText(scaled, places);
}

function fixedText(scaled: number, places: number): string {
  if (places === 0) return String(scaled);
  const unit = 10 ** places;
  return `${Math.floor(scaled / unit)}.${String(scaled % unit).padStart(places, '0')}`;
}

function roundedText(value: number, places: number): string {
  return fixedText(Math.round(value * 10 ** places), places);
}

function withThousands(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Suppressed percentages: any numerator under 5 (an officer would write [c]) and about 1 row in 150 besides. */
const SMALL_TALLY = 5;

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const { measures: count, years, seed } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--measures must be a whole number of at least 1, not ${count}`);
  if (!Number.isInteger(years) || years < 1 || years > 60) throw new Error(`--years must be a whole number from 1 to 60, not ${years}`);
  const random = randomFrom(seed);
  const between = (low: number, high: number) => low + (high - low) * random();
  const whole = (low: number, high: number) => Math.floor(between(low, high + 1));

  const measureLines = new Map<string, string[]>(AREAS.map((area) => [area.slug, []]));
  const valueLines = new Map<string, string[]>(AREAS.map((area) => [area.file, [csvLine(['measure_id', 'period', 'value', 'numerator', 'denominator', 'note'])]]));
  const targetLines: string[] = [csvLine(['measure_id', 'year', 'target', 'tolerance'])];
  const benchmarkLines: string[] = [csvLine(['measure_id', 'year', 'statistical_neighbours', 'regional', 'national', 'quartile', 'source'])];
  const commentaryLines: string[] = [csvLine(['measure_id', 'period', 'text'])];
  let valueRows = 0;
  const digits = String(Math.ceil(count / AREAS.length)).length < 2 ? 2 : String(Math.ceil(count / AREAS.length)).length;

  for (let position = 0; position < count; position++) {
    const area = AREAS[position % AREAS.length]!;
    const cycle = Math.floor(position / AREAS.length);
    const template = TEMPLATES[cycle % TEMPLATES.length]!;
    const id = `${area.prefix}${String(cycle + 1).padStart(digits, '0')}`;
    const variant = Math.floor(cycle / TEMPLATES.length);
    const title =
      template.title.replace('{subject}', area.subject).replace('{Subject}', capitalise(area.subject)) + (variant > 0 ? ` (cohort ${variant + 1})` : '');
    const [low, high] = template.level;
    const level = between(low, high);
    const spread = (high - low) / 12;
    const denominatorBase = template.denominator ? between(template.denominator[0], template.denominator[1]) : 0;
    const thousands = template.unit === 'number' && cycle % 3 === 0;
    measureLines.get(area.slug)!.push(
      csvLine([
        id, area.slug, template.group, title,
        `Generated measure ${id} for load testing: ${template.unit}, ${template.frequency}, ${template.polarity === 'none' ? 'not rated' : `${template.polarity} is good`}.`,
        template.unit, template.polarity, template.frequency, template.yearType, template.ytd, template.dot, template.decimals,
        cycle % 9 === 0 ? `CP ${1 + (cycle % 4)}.${1 + (cycle % 7)}` : null,
        cycle % 11 === 5 ? 'Generated data: figures are illustrative only.' : null,
        area.system, `Head of ${area.service}`,
        template.frequency === 'annual' ? `${LAST_YEAR + 1}-0${5 + (cycle % 4)}` : null,
      ]),
    );

    // Values: a level with a slow drift, a school-holiday dip in August and December, and noise.
    const ends = periodEnds(template, years);
    const lines = valueLines.get(area.file)!;
    let drift = 0;
    let lastPeriod = '';
    for (const [i, end] of ends.entries()) {
      drift = drift * 0.9 + (random() - 0.5) * spread;
      const seasonal = calendarMonthOf(end) === 8 || calendarMonthOf(end) === 12 ? -spread : 0;
      const target = level + drift + seasonal + (random() - 0.5) * spread;
      const period = periodText(end, template);
      lastPeriod = period;
      const latest = i === ends.length - 1;
      const note = latest && cycle % 5 === 0 ? 'Provisional: late recording is still being checked' : null;
      const flag = note ? ' [p]' : '';
      let cells: Array<string | number | null>;
      if (template.denominator) {
        const denominator = Math.max(1, Math.round(denominatorBase * (1 + (random() - 0.5) * 0.2)));
        const scale = template.unit === 'percent' ? 100 : 10_000;
        const numerator = Math.min(denominator, Math.max(0, Math.round((target * denominator) / scale)));
        const suppressed = numerator < SMALL_TALLY || (template.unit === 'percent' && random() < 1 / 150);
        cells = suppressed
          ? [id, period, '[c]', '[c]', denominator, null]
          : [id, period, ratioText(numerator, denominator, scale, template.decimals) + flag, numerator, denominator, note];
      } else {
        const value = Math.max(template.unit === 'number' ? SMALL_TALLY : 0.1, target);
        let text = roundedText(value, template.decimals);
        if (template.unit === 'currency-gbp') text = `£${withThousands(roundedText(value, 2))}`;
        else if (thousands) text = withThousands(text);
        cells = [id, period, text + flag, null, null, note];
      }
      lines.push(csvLine(cells));
      valueRows++;
    }

    // Targets for every year the data touches; the tolerance on the worse side (none for a few measures).
    if (template.polarity !== 'none') {
      const first = yearStartOf(ends[0]!, template.yearType);
      const last = yearStartOf(monthIndex(LAST_YEAR, 12), template.yearType);
      const better = template.polarity === 'high' ? 1 : -1;
      for (let year = first; year <= last; year++) {
        let goal = Math.max(0, level + better * spread * whole(0, 1));
        if (template.unit === 'percent') goal = Math.min(goal, 99);
        const tolerance = cycle % 7 === 3 ? null : goal - better * spread * 2;
        targetLines.push(
          csvLine([id, yearLabel(year, template.yearType), roundedText(goal, template.decimals), tolerance === null ? null : roundedText(Math.max(0, tolerance), template.decimals)]),
        );
      }
    }

    // Benchmarks for the three latest complete years, lagging as DfE's do.
    if (template.benchmarked) {
      const latestComplete = yearStartOf(monthIndex(LAST_YEAR, 12), template.yearType) - 1;
      for (let year = latestComplete - 2; year <= latestComplete; year++) {
        const around = () => roundedText(Math.max(0, level + (random() - 0.5) * spread * 4), template.decimals);
        const quartile = template.polarity === 'none' ? null : 'ABCD'[whole(0, 3)]!;
        benchmarkLines.push(csvLine([id, yearLabel(year, template.yearType), around(), cycle % 4 === 1 ? null : around(), around(), quartile, 'Illustrative generated figure (not published data)']));
      }
    }

    if (position % 7 === 0) {
      commentaryLines.push(csvLine([id, lastPeriod, `Generated commentary for ${id}: the figure moved as expected for the season; the service is monitoring it.`]));
    }
  }

  const files: GeneratedFiles = {
    'measures.csv':
      csvLine(['id', 'area', 'group', 'title', 'description', 'unit', 'polarity', 'frequency', 'year_type', 'ytd', 'dot', 'decimals', 'council_plan', 'data_note', 'source', 'owner', 'next_update']) +
      AREAS.map((area) => measureLines.get(area.slug)!.join('')).join(''),
    'targets.csv': targetLines.join(''),
  };
  for (const area of AREAS) files[area.file] = valueLines.get(area.file)!.join('');
  files['benchmarks.csv'] = benchmarkLines.join('');
  files['commentary.csv'] = commentaryLines.join('');
  files['settings.csv'] = csvLine(['key', 'value']) +
    csvLine(['authority_name', `Generated Borough Council (seed ${seed})`]) +
    csvLine(['query_email', 'governance.advisor@example.gov.uk']) +
    csvLine(['data_date', `${LAST_YEAR + 1}-01-10`]) +
    csvLine(['published', `${LAST_YEAR + 1}-01-21`]);
  return { files, measures: count, years, valueRows };
}

export function writeDataset(dir: string, dataset: GeneratedDataset): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(dataset.files)) writeFileSync(join(dir, name), text);
}

// ---------------------------------------------------------------------------------------------------------
// Command line.

export const USAGE = `Usage: npm run generate -- --out <dir> (--measures N --years Y | --rows R) [--seed S]
  --measures N   number of measures, spread over the four service areas
  --years Y      years of history, ending December ${LAST_YEAR}
  --rows R       about R value rows: picks measures (and years, unless given) to reach it
  --seed S       any text; the same seed gives the same bytes (default 1)`;

export function parseArgs(args: readonly string[]): { out: string; options: GenerateOptions; rows?: number } {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (!['--measures', '--years', '--out', '--seed', '--rows'].includes(flag)) throw new Error(`unknown argument "${arg}"`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    values.set(flag, value);
  }
  const number = (flag: string): number | undefined => {
    const text = values.get(flag);
    if (text === undefined) return undefined;
    const n = Number(text.replaceAll('_', '').replaceAll(',', ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number of at least 1, not "${text}"`);
    return n;
  };
  const out = values.get('--out');
  if (!out) throw new Error('--out is required');
  const rows = number('--rows');
  let measures = number('--measures');
  let years = number('--years');
  if (rows !== undefined) ({ measures, years } = sizeForRows(rows, { measures, years }));
  if (measures === undefined || years === undefined) throw new Error('give --measures and --years, or --rows');
  return { out, options: { measures, years, seed: values.get('--seed') ?? '1' }, ...(rows === undefined ? {} : { rows }) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { out, options } = parseArgs(process.argv.slice(2));
    const started = performance.now();
    const dataset = generateDataset(options);
    writeDataset(out, dataset);
    const bytes = Object.values(dataset.files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    console.log(
      `Wrote ${dataset.measures} measures, ${dataset.years} years, ${dataset.valueRows} value rows ` +
        `(${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${options.seed})`,
    );
  } catch (error) {
    console.error(`generate-dataset: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
