// The baseline for "as fast as a static page": the same scorecard rows, worked out ahead of time and written as
// plain HTML with no script, served by the same server. The app's time to its first row is compared with this page's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFolder } from '../../src/cli/read-data-folder';
import { loadDataset } from '../../src/data/load-dataset';
import { exportRecord } from '../../src/domain/export-record';
import { financialQuarterLabel } from '../../src/domain/periods';
import { buildScorecard, defaultQuarter, indexDataset } from '../../src/domain/scorecard';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const cell = (value: string | number | null) => `<td>${value === null ? '-' : escape(String(value))}</td>`;

/** Writes `<outDir>/index.html` with one table row per measure of the default quarter; returns the number of rows. */
export function writeStaticPage(dataDir: string, outDir: string): number {
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
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><main><h1>${escape(dataset.settings.authorityName ?? 'Scorecard')}</h1>
<table><caption>${title}</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Measure</th><th scope="col">Period</th><th scope="col">Value</th><th scope="col">Target</th><th scope="col">RAG</th><th scope="col">Direction</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></main></body></html>
`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), html);
  return records.length;
}
