import { describe, expect, it } from 'vitest';
import { inSentence, movementWords, previousCountWords, streakPhrases, streakSentence, worseThan } from './performance-summary-text';

describe('words for the summary', () => {
  it('lower-cases a title to sit inside a sentence, but keeps abbreviations and names', () => {
    expect(inSentence('Re-referrals within 12 months of a previous referral')).toBe('re-referrals within 12 months of a previous referral');
    expect(inSentence("Children's Centre registrations")).toBe("children's Centre registrations");
    expect(inSentence('Year 6 transition reviews')).toBe('year 6 transition reviews');
    expect(inSentence('EHC plan annual reviews completed within timescale')).toBe('EHC plan annual reviews completed within timescale');
    expect(inSentence('SEND Tribunal appeals registered')).toBe('SEND Tribunal appeals registered');
    expect(inSentence('DfE returns')).toBe('DfE returns');
  });

  it('says how a count moved in words', () => {
    expect(movementWords(1, '2024-25 Q2')).toBe('up 1 since 2024-25 Q2');
    expect(movementWords(-3, '2024-25 Q2')).toBe('down 3 since 2024-25 Q2');
    expect(movementWords(0, '2024-25 Q2')).toBe('no change since 2024-25 Q2');
  });

  it('says what a movement link opens: the quarter before, that rating, that area', () => {
    expect(previousCountWords('2024-25 Q2', 3, 'red', 'Early help')).toBe('2024-25 Q2: 3 red measures in Early help');
    expect(previousCountWords('2024-25 Q2', 1, 'none', '')).toBe('2024-25 Q2: 1 not rated measure');
  });

  it('says what "worse" was compared with: a year earlier, or the period before, as the measure asks', () => {
    expect(worseThan({ dot: 'year-ago', frequency: 'monthly' })).toBe('worse than a year earlier');
    expect(worseThan({ dot: 'year-ago', frequency: 'quarterly' })).toBe('worse than a year earlier');
    expect(worseThan({ dot: 'previous', frequency: 'monthly' })).toBe('worse than the month before');
    expect(worseThan({ dot: 'previous', frequency: 'quarterly' })).toBe('worse than the quarter before');
    // An annual figure's year ago is the year before.
    expect(worseThan({ dot: 'year-ago', frequency: 'annual' })).toBe('worse than the year before');
  });

  it('says how long a measure has been red or getting worse, in figures, only when it is more than this quarter', () => {
    const quarters = { streakUnit: 'quarter', row: { measure: { dot: 'year-ago', frequency: 'monthly' } } } as const;
    expect(streakPhrases({ ...quarters, redStreak: 2, decliningStreak: 2 })).toEqual(['red and worse than a year earlier for 2 quarters in a row']);
    expect(streakPhrases({ ...quarters, redStreak: 2, decliningStreak: 4 })).toEqual(['red for 2 quarters in a row', 'worse than a year earlier for 4 quarters in a row']);
    expect(streakPhrases({ ...quarters, redStreak: 1, decliningStreak: 4 })).toEqual(['worse than a year earlier for 4 quarters in a row']);
    expect(streakPhrases({ ...quarters, redStreak: 3, decliningStreak: 0 })).toEqual(['red for 3 quarters in a row']);
    expect(streakPhrases({ ...quarters, redStreak: 1, decliningStreak: 1 })).toEqual([]);
    expect(streakPhrases({ streakUnit: 'year', row: { measure: { dot: 'year-ago', frequency: 'annual' } }, redStreak: 2, decliningStreak: 0 })).toEqual(['red for 2 years in a row']);
    const caseloads = { streakUnit: 'quarter', row: { measure: { dot: 'previous', frequency: 'monthly' } } } as const;
    expect(streakPhrases({ ...caseloads, redStreak: 1, decliningStreak: 3 })).toEqual(['worse than the month before for 3 quarters in a row']);
    expect(streakSentence({ ...quarters, redStreak: 2, decliningStreak: 4 })).toBe('Red for 2 quarters in a row; worse than a year earlier for 4 quarters in a row.');
    expect(streakSentence({ ...quarters, redStreak: 2, decliningStreak: 2 })).toBe('Red and worse than a year earlier for 2 quarters in a row.');
    expect(streakSentence({ ...quarters, redStreak: 1, decliningStreak: 0 })).toBe('');
  });
});
