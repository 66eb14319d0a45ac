// Issue 5 hardening: titles, notes, commentary, glossary, settings and actions are text, never markup. The loader
// keeps hostile text exactly as written (it is shown literally, by React, as text); addresses that a link would
// follow are checked; every string the app builds by hand (SVG pictures, the e-mail fragment, the mailto: link,
// CSV exports) escapes or neutralises it. The rendered pages are checked in tests/browser/hostile-text.test.ts.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { neutraliseFormula, toCsv } from '../../src/data/write-csv';
import { formatted, load, valueCsv } from '../../src/data/test-support';
import { EXPORT_CSV_COLUMNS } from '../../src/domain/export-record';
import { measureCardSvg } from '../../src/domain/measure-card-svg';
import { performanceSummary } from '../../src/domain/performance-summary';
import { queryEmailHref } from '../../src/domain/query-email';
import { buildScorecard, indexDataset } from '../../src/domain/scorecard';
import { scorecardSectionSvg } from '../../src/domain/section-svg';
import { summarySnapshotSvg } from '../../src/domain/summary-snapshot-svg';
import type { FinancialQuarter } from '../../src/domain/types';
import { emailSnapshotHtml } from '../../src/features/share/image/email-snapshot';
import { scorecardCsv } from '../../src/features/share/csv/scorecard-csv';
import { DIRECTION_TOKENS, RAG_TOKENS } from '../../src/ui/tokens';
import { HOSTILE, HX01_DECEMBER, hostileFolder } from '../fixtures/hostile/hostile-data';

const Q3: FinancialQuarter = { startYear: 2024, quarter: 3 };
const palette = { rag: RAG_TOKENS, direction: DIRECTION_TOKENS };

const dataset = loadDataset(hostileFolder());
const index = indexDataset(dataset);
const rows = buildScorecard(index, Q3);
const hx01 = rows.find((row) => row.measure.id === 'HX01')!;

/** Markup that would run or inject if a string were ever parsed as HTML or SVG. */
const RAW_MARKUP = /<(script|img|iframe|svg onload|a href|b onmouseover)\b/i;

describe('the loader keeps hostile text exactly as written', () => {
  it('in every text field of a measure, a value note, commentary, glossary, settings and actions', () => {
    const measure = dataset.measures.find((m) => m.id === 'HX01');
    expect(measure).toMatchObject({
      title: HOSTILE.title,
      group: HOSTILE.group,
      description: HOSTILE.description,
      councilPlan: HOSTILE.councilPlan,
      dataNote: HOSTILE.dataNote,
      source: HOSTILE.source,
      owner: HOSTILE.owner,
    });
    expect(dataset.observations.find((o) => o.measureId === 'HX01' && o.note)?.note).toBe(HOSTILE.valueNote);
    expect(dataset.commentary.find((c) => c.measureId === 'HX01')?.text).toBe(HOSTILE.commentary);
    expect(dataset.glossary.find((g) => g.term === 'HXT')?.definition).toBe(HOSTILE.glossaryDefinition);
    expect(dataset.settings.authorityName).toBe(HOSTILE.authorityName);
    expect(dataset.actions.find((a) => a.ref === '9.9.9')).toMatchObject({
      priority: HOSTILE.actionPriority,
      action: HOSTILE.action,
      lead: HOSTILE.actionLead,
      update: HOSTILE.actionUpdate,
    });
  });

  it('refuses markup as a measure id (ids become URL parameters and element attributes)', () => {
    const loaded = loadDataset({ 'measures.csv': 'id,area,title,unit,polarity,frequency\n<script>,send,t,percent,high,monthly\n', 'send.csv': valueCsv() });
    expect(loaded.measures).toEqual([]);
    expect(formatted(loaded.problems)[0]).toBe(
      'measures.csv:2:id: error: "<script>" is not a valid id: use 1 to 32 letters, digits, dots, hyphens or underscores (e.g. EH01)',
    );
  });

  it('refuses the javascript: council plan address (settings.csv line 5) and reports nothing else in the hostile rows', () => {
    expect(dataset.settings.councilPlanUrl).toBeNull();
    expect(formatted(dataset.problems)).toEqual([
      'settings.csv:5:value: error: "javascript:alert(1)" is not a web address starting https:// (e.g. https://www.example.gov.uk/council-plan)',
    ]);
  });
});

describe('addresses a link would follow', () => {
  const planUrl = (value: string) => load({ 'early-help.csv': valueCsv(), 'settings.csv': `key,value\ncouncil_plan_url,${value}\n` }).dataset;

  it.each([
    ['javascript:alert(1)'],
    ['  JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="'],
    ['vbscript:msgbox(1)'],
    ['"https://www.example.gov.uk/plan"" onmouseover=""alert(1)"'],
    ['//evil.example/plan'],
    ['ftp://example.gov.uk/plan'],
  ])('council_plan_url %s is refused with an error at line 2, column value, and no link is made', (value) => {
    const loaded = planUrl(value);
    expect(loaded.settings.councilPlanUrl).toBeNull();
    expect(formatted(loaded.problems)).toEqual([expect.stringMatching(/^settings\.csv:2:value: error: ".*" is not a web address starting https:\/\//)]);
  });

  it('accepts an https:// and an http:// address', () => {
    expect(planUrl('https://www.example.gov.uk/council-plan').settings.councilPlanUrl).toBe('https://www.example.gov.uk/council-plan');
    expect(planUrl('http://www.example.gov.uk/plan').settings.councilPlanUrl).toBe('http://www.example.gov.uk/plan');
  });

  it('makes even an odd query e-mail address a mailto: link, its markup and scheme-like text percent-encoded', () => {
    // The e-mail check is about shape; what keeps the link safe is the mailto: scheme and the encoding.
    const href = queryEmailHref('javascript:alert(1)//"<x>@example.gov.uk', hx01)!;
    expect(href.startsWith('mailto:javascript%3Aalert(1)%2F%2F%22%3Cx%3E@example.gov.uk?subject=')).toBe(true);
    expect(href).not.toMatch(/[<>"\s]/);
  });
});

describe('pictures and the e-mail fragment escape the text they draw', () => {
  const data = { authorityName: HOSTILE.authorityName, dataDate: '2025-01-10' };

  it('the measure card SVG holds the hostile title as escaped text, never as markup', () => {
    const { svg } = measureCardSvg(hx01, data, palette);
    expect(svg).not.toMatch(RAW_MARKUP);
    expect(svg).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(svg).toContain('Source: &lt;svg onload=alert(1)&gt;source&lt;/svg&gt;');
  });

  it('the SEND section SVG and the performance-on-a-page SVG likewise', () => {
    const send = rows.filter((row) => row.measure.area === 'send');
    expect(scorecardSectionSvg('send', Q3, send, data, palette).svg).not.toMatch(RAW_MARKUP);
    const summary = performanceSummary(index, Q3, rows);
    const snapshot = summarySnapshotSvg(summary, data, palette).svg;
    expect(snapshot).not.toMatch(RAW_MARKUP);
    expect(snapshot).toContain('&lt;img src=x');
  });

  it('the e-mail snapshot HTML escapes every text and address', () => {
    const html = emailSnapshotHtml({
      title: `${HOSTILE.authorityName}: performance on a page`,
      imageFile: 'scorecard-2024-25-Q3.png',
      width: 800,
      height: 600,
      alt: HOSTILE.title,
      summary: HOSTILE.commentary,
      link: 'https://www.example.gov.uk/scorecard/?quarter=2024-25-Q3&view=summary"><script>alert(1)</script>',
      linkText: HOSTILE.action,
      caption: HOSTILE.glossaryDefinition,
    });
    // The fragment's own picture is its only <img>; no hostile tag survives, and the link cannot break out of href.
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toMatch(/<img src="scorecard-2024-25-Q3\.png"/);
    expect(html).not.toMatch(/<(script|iframe)\b|<img src=x/i);
    expect(html).not.toContain('"><script>');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });
});

describe('CSV exports neutralise formulas in text and keep negative numbers', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ['-2+3+cmd', `'-2+3+cmd`],
    ['@SUM(1+1)', `'@SUM(1+1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['-12', '-12'],
    ['-1250', '-1250'],
    ['-12.5', '-12.5'],
    ['+3', '+3'],
    ['-1.5e3', '-1.5e3'],
    ['[c]', '[c]'],
    ['Plain text = fine', 'Plain text = fine'],
  ])('%j is written as %j', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
  });

  it('toCsv leaves numbers (typed as numbers) alone, negative ones included', () => {
    expect(toCsv(['a', 'b'], [{ a: -12, b: '-x' }])).toBe("a,b\r\n-12,'-x\r\n");
  });

  it('the scorecard CSV of the hostile folder: title and group defused, the negative December figure a number', () => {
    const csv = scorecardCsv(rows.filter((row) => row.measure.area === 'send'));
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EXPORT_CSV_COLUMNS]);
    const record = parsed.data.find((r) => r.id === 'HX01');
    // HX01 sums April to December 2024: 100 + 200 + ... + 800 = 3600, plus -1250 = 2350.
    expect(record).toMatchObject({
      title: `'${HOSTILE.title}`,
      group: `'${HOSTILE.group}`,
      value: HX01_DECEMBER,
      ytd: '2350',
      period: '2024-12',
    });
    // No cell in the whole export starts with a formula character unless it is a plain number.
    for (const r of parsed.data) {
      for (const cell of Object.values(r)) {
        if (/^[=+\-@]/.test(cell)) expect(cell).toMatch(/^[+-]?\d+(\.\d+)?$/);
      }
    }
  });
});
