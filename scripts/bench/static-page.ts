// The baseline for "as fast as a static page": the same scorecard rows, worked out ahead of time and written as
// plain HTML with no script, served by the same server. The app's time to its first row is compared with this page's.
// Two versions: bare (no stylesheet at all), and styled with the app's own built stylesheet, as a council's static
// page would be styled: the target compares with the styled one, since a stylesheet is neither JavaScript nor CSV.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDataFolder } from '../../src/cli/read-data-folder';
import { loadDataset } from '../../src/data/load-dataset';
import { exportRecord } from '../../src/domain/export-record';
import { financialQuarterLabel } from '../../src/domain/periods';
import { buildScorecard, defaultQuarter, indexDataset } from '../../src/domain/scorecard';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const cell = (value: string | number | null) => `<td>${value === null ? '-' : escape(String(value))}</td>`;

/**
 * Writes `<outDir>/index.html` with one table row per measure of the default quarter; returns the number of rows.
 * With `stylesheet` (a CSS file), the page links a copy of it, render-blocking in <head> as the app's is.
 */
export function writeStaticPage(dataDir: string, outDir: string, options: { stylesheet?: string } = {}): number {
  const dataset = loadDataset(readDataFolder(dataDir).files);
  const index = indexDataset(dataset);
  const quarter = defaultQuarter(index);
  if (!quarter) throw new Error(`${dataDir} has no monthly or quarterly values, so there is no quarter to show`);
  const records = buildScorecard(index, quarter).map(exportRecord);
  const rows = records.map(
    (r) =>
      `<tr data-measure-id="${escape(r.id)}" data-rag="${r.rag}" data-dot="${r.dot}"><th scope="row">${escape(r.id)}</th>` +
      [r.title, r.period, r.value, r.target, r.rag, r.dot].map(cell).join('') +
      '</tr>',
  );
  const title = `Scorecard, ${financialQuarterLabel(quarter)}`;
  mkdirSync(outDir, { recursive: true });
  const stylesheet = options.stylesheet;
  if (stylesheet) copyFileSync(stylesheet, join(outDir, basename(stylesheet)));
  const link = stylesheet ? `<link rel="stylesheet" href="./${escape(basename(stylesheet))}">` : '';
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${link}</head>
<body><main><h1>${escape(dataset.settings.authorityName ?? 'Scorecard')}</h1>
<table><caption>${title}</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col">Period</th><th scope="col">Value</th><th scope="col">Target</th><th scope="col">RAG</th><th scope="col">Direction</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></main></body></html>
`;
  writeFileSync(join(outDir, 'index.html'), html);
  return records.length;
}
