import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset-index';
import { queryEmail, queryEmailHref } from './query-email';
import { scorecardRow } from './scorecard-row';
import { aDataset, aMeasure, aMonth, aTally, aTarget, anObservation, num, special } from './test-factories';
import type { FinancialQuarter, Measure, Observation } from './types';

const Q3_2024: FinancialQuarter = { startYear: 2024, quarter: 3 };
const ADVISOR = 'governance.advisor@example.gov.uk';

const reReferrals = aMeasure({
  id: 'CSC04',
  title: 'Re-referrals within 12 months of a previous referral',
  polarity: 'low',
  ytd: 'ratio',
});

function rowFor(measure: Measure, observations: Observation[]) {
  const index = indexDataset(aDataset({ measures: [measure], observations, targets: [aTarget('2024-25', '18', '20', measure.id)] }));
  return scorecardRow(index, measure, Q3_2024);
}

// As in data/social-care.csv: December 2024 57 of 244 = 23.4%, December 2023 34 of 198 = 17.2%; target 18, tolerance 20.
const csc04 = rowFor(reReferrals, [aTally(aMonth(2023, 12), 34, 198, 'CSC04'), aTally(aMonth(2024, 12), 57, 244, 'CSC04')]);

describe('queryEmail', () => {
  it('names the measure and quarter in the subject', () => {
    expect(queryEmail(csc04).subject).toBe('Scorecard query: CSC04 Re-referrals within 12 months of a previous referral (2024-25 Q3)');
  });

  it('gives the figure with its period, the tally, the rating and direction, then room for the question', () => {
    expect(queryEmail(csc04).body.split('\r\n')).toEqual([
      'Measure: CSC04 Re-referrals within 12 months of a previous referral',
      'Quarter: 2024-25 Q3',
      'Value: 23.4% (December 2024)',
      'Tally: 57 of 244',
      // 23.4 is above the low-is-good tolerance of 20.
      'Rating: Red - above tolerance of 20.0% (target 18.0%)',
      'Direction of travel: Up from 17.2% in December 2023 - declining',
      '',
      'My question:',
      '',
      '',
    ]);
  });

  it('keeps a suppressed figure as [c] and gives no numerator or comparison from it', () => {
    const placements = aMeasure({ id: 'LAC06', title: 'New placements more than 20 miles from home', unit: 'number', decimals: 0, polarity: 'low' });
    const row = rowFor(placements, [anObservation(aMonth(2023, 12), '7', { measureId: 'LAC06' }), anObservation(aMonth(2024, 12), special('c'), { measureId: 'LAC06', numerator: num('3') })]);
    expect(queryEmail(row).body).toBe(
      [
        'Measure: LAC06 New placements more than 20 miles from home',
        'Quarter: 2024-25 Q3',
        'Value: [c] (December 2024)',
        'Rating: Not rated: value suppressed',
        'Direction of travel: No comparison available',
        '',
        'My question:',
        '',
        '',
      ].join('\r\n'),
    );
  });

  it('says plainly when the quarter has no figure', () => {
    const row = rowFor(reReferrals, [aTally(aMonth(2024, 6), 1, 4, 'CSC04')]);
    expect(queryEmail(row).body).toContain('\r\nValue: no data for this quarter\r\nRating: Not rated: no value\r\n');
  });
});

describe('queryEmailHref', () => {
  it('percent-encodes subject and body as RFC 6068 asks: %20 for a space, %0D%0A for a line break', () => {
    const href = queryEmailHref(ADVISOR, csc04)!;
    expect(href.startsWith(
      'mailto:governance.advisor@example.gov.uk?subject=Scorecard%20query%3A%20CSC04%20Re-referrals%20within%2012%20months%20of%20a%20previous%20referral%20(2024-25%20Q3)&body=Measure%3A%20CSC04%20Re-referrals',
    )).toBe(true);
    expect(href).toContain('%0D%0AQuarter%3A%202024-25%20Q3%0D%0AValue%3A%2023.4%25%20(December%202024)%0D%0ATally%3A%2057%20of%20244%0D%0A');
    expect(href).not.toContain('+');
    expect(href.replaceAll('%0D%0A', '')).not.toMatch(/%0A|%0D/);
    const url = new URL(href);
    expect(url.pathname).toBe(ADVISOR);
    expect(decodeURIComponent(url.searchParams.get('subject') ?? '')).toBe(queryEmail(csc04).subject);
  });

  it('encodes characters that would end a field: & and + in a title', () => {
    const row = rowFor(aMeasure({ id: 'EH09', title: 'Health & care + schools' }), []);
    expect(queryEmailHref(ADVISOR, row)).toContain('subject=Scorecard%20query%3A%20EH09%20Health%20%26%20care%20%2B%20schools%20(2024-25%20Q3)&body=');
  });

  it('gives no link when settings.csv names no one to ask', () => {
    expect(queryEmailHref(null, csc04)).toBeNull();
    expect(queryEmailHref('  ', csc04)).toBeNull();
  });
});
