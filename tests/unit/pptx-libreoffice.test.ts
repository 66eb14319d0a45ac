import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/cli/read-data-folder';
import { loadDataset } from '../../src/data/load-dataset';
import { planBriefingPack } from '../../src/domain/briefing-pack';
import { buildScorecard, indexDataset } from '../../src/domain/scorecard';
import { renderBriefingPack } from '../../src/features/share/pptx/write-pptx';

// Proof that the briefing pack opens outside PowerPoint: LibreOffice Impress (Debian's libreoffice-impress)
// converts it to PDF, one page per slide. Slow, so it runs only with SCORECARD_LIBREOFFICE=1.
const ENABLED = process.env.SCORECARD_LIBREOFFICE === '1';
const DATA = resolve(import.meta.dirname, '..', '..', 'data');

describe.skipIf(!ENABLED)('briefing pack in LibreOffice', () => {
  it('converts to a PDF with a page per slide, including a measure with a suppressed [c] month', { timeout: 180_000 }, async () => {
    const dataset = loadDataset(readDataFolder(DATA).files);
    const index = indexDataset(dataset);
    const quarter = { startYear: 2024, quarter: 3 } as const;
    const rows = buildScorecard(index, quarter);
    // CSC04 (red, with benchmarks and commentary), EH01 (amber, provisional) and LAC06 ([c] in December 2024).
    const chosen = ['CSC04', 'EH01', 'LAC06'].map((id) => rows.find((row) => row.measure.id === id)!);
    const plan = planBriefingPack({ index, quarter, rows, chosen, settings: dataset.settings, selection: 'Exceptions', preparedOn: '2025-01-21' });
    expect(plan.slides).toHaveLength(2 + 3);

    const dir = mkdtempSync(join(tmpdir(), 'scorecard-pptx-'));
    const pptx = join(dir, 'briefing-pack-2024-25-Q3.pptx');
    writeFileSync(pptx, (await renderBriefingPack(plan, 'nodebuffer')) as Uint8Array);
    execFileSync('libreoffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], {
      timeout: 170_000,
      stdio: 'pipe',
    });

    const pdfFile = join(dir, 'briefing-pack-2024-25-Q3.pdf');
    expect(existsSync(pdfFile)).toBe(true);
    const pdf = readFileSync(pdfFile).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // Each page object is "/Type /Page" (the page tree is "/Type /Pages"): one per slide.
    expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length).toBe(5);
  });
});
