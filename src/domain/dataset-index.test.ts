import { describe, expect, it } from 'vitest';
import { benchmarksOf, commentaryOf, indexDataset, observationsOf, targetOf } from './dataset-index';
import { aBenchmark, aComment, aDataset, aMeasure, aMonth, anObservation, aTarget, month } from './test-factories';

describe('indexDataset', () => {
  const first = anObservation(aMonth(2024, 6), '1');
  const duplicate = anObservation(aMonth(2024, 6), '2');
  const index = indexDataset(
    aDataset({
      measures: [aMeasure({ id: 'M1' }), aMeasure({ id: 'M2' })],
      observations: [anObservation(aMonth(2024, 9), '3'), first, anObservation(aMonth(2024, 6), '9', { measureId: 'M2' }), duplicate, anObservation(aMonth(2024, 4), '0')],
      targets: [aTarget('2024-25', '85'), aTarget('2024-25', '99'), aTarget('2024-25', '50', null, 'M2')],
      benchmarks: [aBenchmark('2023-24', month(2024, 3))],
      commentary: [aComment(aMonth(2024, 6), 'Why June dipped.')],
    }),
  );

  it('groups each measure rows oldest first, keeping rows for one period in file order', () => {
    expect(observationsOf(index, 'M1').map((o) => o.value)).toEqual([
      expect.objectContaining({ decimal: '0' }),
      first.value,
      duplicate.value,
      expect.objectContaining({ decimal: '3' }),
    ]);
    expect(observationsOf(index, 'M2')).toHaveLength(1);
  });

  it('keeps the first target for a measure and year', () => {
    expect(targetOf(index, 'M1', '2024-25')?.target.decimal).toBe('85');
    expect(targetOf(index, 'M2', '2024-25')?.target.decimal).toBe('50');
    expect(targetOf(index, 'M1', '2023-24')).toBeNull();
  });

  it('looks up benchmarks, commentary and measures by id', () => {
    expect(benchmarksOf(index, 'M1')).toHaveLength(1);
    expect(commentaryOf(index, 'M1').map((c) => c.text)).toEqual(['Why June dipped.']);
    expect(index.measuresById.get('M2')?.id).toBe('M2');
  });

  it('gives empty lists for a measure with no rows', () => {
    expect(observationsOf(index, 'M9')).toEqual([]);
    expect(benchmarksOf(index, 'M2')).toEqual([]);
    expect(commentaryOf(index, 'M2')).toEqual([]);
  });
});
