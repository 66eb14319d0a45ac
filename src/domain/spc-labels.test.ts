import { describe, expect, it } from 'vitest';
import { assuranceLabel, variationLabel } from './spc-labels';

describe('SPC verdict labels', () => {
  it('names special cause with its direction, and says when there is too little data', () => {
    expect(variationLabel({ token: 'concern', direction: 'high', cause: 'outside-limits', reason: 'judged', text: '' })).toBe('Special cause concern (high)');
    expect(variationLabel({ token: 'improvement', direction: 'low', cause: 'shift', reason: 'judged', text: '' })).toBe('Special cause improvement (low)');
    expect(variationLabel({ token: 'common', direction: null, cause: null, reason: 'judged', text: '' })).toBe('Common cause');
    expect(variationLabel({ token: 'none', direction: null, cause: null, reason: 'trial-limits', text: '' })).toBe('Not enough data for SPC');
  });

  it('names each assurance verdict', () => {
    expect(assuranceLabel({ token: 'pass', reason: 'judged', text: '' })).toBe('Consistently passing');
    expect(assuranceLabel({ token: 'fail', reason: 'judged', text: '' })).toBe('Consistently failing');
    expect(assuranceLabel({ token: 'hit-and-miss', reason: 'judged', text: '' })).toBe('Hit and miss');
    expect(assuranceLabel({ token: 'none', reason: 'no-target', text: '' })).toBe('No assurance');
  });
});
