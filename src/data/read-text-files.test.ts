// commentary.csv, glossary.csv and settings.csv: the text files.
import { describe, expect, it } from 'vitest';
import { load } from './test-support';

describe('commentary.csv', () => {
  const commentary = (...rows: string[]) => load({ 'commentary.csv': ['measure_id,period,text', ...rows].join('\n') + '\n' }, 'commentary.csv');

  it('reads commentary for a measure and period, a multi-line quoted text included', () => {
    const { dataset, problems } = commentary('EH01,2024-06,"Dipped in June:\nstaff vacancies."');
    expect(problems).toEqual([]);
    expect(dataset.commentary).toEqual([
      { measureId: 'EH01', period: { kind: 'month', yearType: 'financial', end: 2024 * 12 + 5 }, text: 'Dipped in June:\nstaff vacancies.' },
    ]);
  });

  it('reports an unknown measure and a bad period', () => {
    expect(commentary('EH99,2024-06,x', 'EH01,2024-13,x').problems).toEqual([
      'commentary.csv:2:measure_id: error: measure "EH99" is not in measures.csv: add it there or correct the id. The row is skipped',
      'commentary.csv:3:period: error: "2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
    ]);
  });

  it('ignores a row with no text, with a notice (a template row not filled in)', () => {
    const { dataset, problems } = commentary('EH01,2024-06,  ');
    expect(dataset.commentary).toEqual([]);
    expect(dataset.rowsKept).toBe(dataset.rowsRead - 1);
    expect(problems).toEqual(['commentary.csv:2:text: notice: no commentary text for measure EH01, so the row is ignored']);
  });

  it('reports a second commentary row for the same measure and period', () => {
    expect(commentary('CSC02,2024-25 Q3,a', 'CSC02,2024-12,b').problems).toEqual([
      'commentary.csv:3:-: error: a second commentary row for measure CSC02 and period 2024-25 Q3: the first is on line 2, which is kept. Put all the text in one row',
    ]);
  });
});

describe('glossary.csv', () => {
  const glossary = (...rows: string[]) => load({ 'glossary.csv': ['term,definition', ...rows].join('\n') + '\n' }, 'glossary.csv');

  it('reads terms and definitions', () => {
    const { dataset, problems } = glossary('EHCP,"Education, health and care plan"', 'LAC,Looked-after child');
    expect(problems).toEqual([]);
    expect(dataset.glossary).toEqual([
      { term: 'EHCP', definition: 'Education, health and care plan' },
      { term: 'LAC', definition: 'Looked-after child' },
    ]);
  });

  it('reports an empty definition and a term defined twice (ignoring case)', () => {
    const { dataset, problems } = glossary('EHCP,plan', 'DOT,', 'ehcp,again');
    expect(dataset.glossary).toEqual([{ term: 'EHCP', definition: 'plan' }]);
    expect(problems).toEqual([
      'glossary.csv:3:definition: error: the definition is empty',
      'glossary.csv:4:term: error: "ehcp" is already defined on line 2, which is kept. Delete one of them',
    ]);
  });
});

describe('settings.csv', () => {
  const settings = (...rows: string[]) => load({ 'settings.csv': ['key,value', ...rows].join('\n') + '\n' }, 'settings.csv');

  it('reads the known settings, matching keys case-insensitively', () => {
    const { dataset, problems } = settings(
      'authority_name,Rotherham Metropolitan Borough Council',
      'Query_Email,governance.advisor@rotherham.gov.uk',
      'data_date,2025-01-15',
      'published,14 February 2025',
      'council_plan_url,https://www.rotherham.gov.uk/council-plan',
    );
    expect(problems).toEqual([]);
    expect(dataset.settings).toEqual({
      authorityName: 'Rotherham Metropolitan Borough Council',
      queryEmail: 'governance.advisor@rotherham.gov.uk',
      dataDate: '2025-01-15',
      published: '14 February 2025',
      councilPlanUrl: 'https://www.rotherham.gov.uk/council-plan',
    });
  });

  it('gives a notice for an unknown key and ignores the row', () => {
    const { dataset, problems } = settings('theme,dark');
    expect(dataset.rowsKept).toBe(dataset.rowsRead - 1);
    expect(problems).toEqual([
      'settings.csv:2:key: notice: "theme" is not a setting the scorecard uses (known: authority_name, query_email, data_date, published, council_plan_url); the row is ignored',
    ]);
  });

  it('reports an e-mail address that a mail program could not use', () => {
    const { dataset, problems } = settings('query_email,governance advisor');
    expect(dataset.settings.queryEmail).toBeNull();
    expect(problems).toEqual(['settings.csv:2:value: error: "governance advisor" is not an e-mail address (e.g. governance.advisor@example.gov.uk)']);
  });

  it('refuses a Council Plan address that is not a web address, so no script can hide in a link', () => {
    const { dataset, problems } = settings('council_plan_url,javascript:alert(1)');
    expect(dataset.settings.councilPlanUrl).toBeNull();
    expect(problems).toEqual([
      'settings.csv:2:value: error: "javascript:alert(1)" is not a web address starting https:// (e.g. https://www.example.gov.uk/council-plan)',
    ]);
  });

  it('reports a key set twice, keeping the first', () => {
    const { dataset, problems } = settings('authority_name,First', 'authority_name,Second');
    expect(dataset.settings.authorityName).toBe('First');
    expect(problems).toEqual(['settings.csv:3:key: error: authority_name is already set on line 2, which is kept. Delete one of them']);
  });

  it('reads an empty value as not set', () => {
    expect(settings('published,').dataset.settings.published).toBeNull();
  });
});
