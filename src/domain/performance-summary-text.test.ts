import { describe, expect, it } from 'vitest';
import { inSentence, movementWords, ordinal, streakPhrase, streakSentence } from './performance-summary-text';

describe('words for the summary', () => {
  it('writes ordinals in words up to tenth, then as figures with the right suffix', () => {
    expect([1, 2, 3, 10].map(ordinal)).toEqual(['first', 'second', 'third', 'tenth']);
    expect([11, 12, 13, 21, 22, 23, 24, 111, 112].map(ordinal)).toEqual(['11th', '12th', '13th', '21st', '22nd', '23rd', '24th', '111th', '112th']);
  });

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

  it('says how long a measure has been red or getting worse, only when it is more than this quarter', () => {
    const quarters = { streakUnit: 'quarter' } as const;
    expect(streakPhrase({ ...quarters, redStreak: 2, decliningStreak: 2 })).toBe('red and getting worse for the second quarter running');
    expect(streakPhrase({ ...quarters, redStreak: 2, decliningStreak: 3 })).toBe('red for the second quarter running, getting worse for the third');
    expect(streakPhrase({ ...quarters, redStreak: 1, decliningStreak: 4 })).toBe('getting worse for the fourth quarter running');
    expect(streakPhrase({ ...quarters, redStreak: 3, decliningStreak: 0 })).toBe('red for the third quarter running');
    expect(streakPhrase({ ...quarters, redStreak: 1, decliningStreak: 1 })).toBe('');
    expect(streakPhrase({ streakUnit: 'year', redStreak: 2, decliningStreak: 0 })).toBe('red for the second year running');
    expect(streakSentence({ ...quarters, redStreak: 2, decliningStreak: 2 })).toBe('Red and getting worse for the second quarter running.');
    expect(streakSentence({ ...quarters, redStreak: 1, decliningStreak: 0 })).toBe('');
  });
});
