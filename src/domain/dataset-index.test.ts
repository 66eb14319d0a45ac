import { describe, expect, it } from 'vitest';
import { benchmarksOf, commentaryOf, indexDataset, indexSteps, observationsOf, rememberIndex, targetOf } from './dataset-index';
import type { Dataset } from './types';
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

describe('indexSteps and rememberIndex', () => {
  // 4,500 targets for 4,500 years of M1: more than two steps of 2,000 items, so at least two yields.
  const targets = Array.from({ length: 4500 }, (_, i) => aTarget(String(1000 + i), String(i)));
  const dataset = aDataset({
    measures: [aMeasure({ id: 'M1' })],
    observations: [anObservation(aMonth(2024, 9), '3'), anObservation(aMonth(2024, 6), '1')],
    targets,
  });

  it('yields while indexing and ends with the index indexDataset makes', () => {
    const steps = indexSteps(dataset);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(2);
    expect(step.value).toEqual(indexDataset(dataset));
    expect(targetOf(step.value, 'M1', '5499')?.target.decimal).toBe('4499');
  });

  it('gives back a remembered index for the same dataset or a copy sharing its lists, and never for changed lists', () => {
    const index = indexDataset(dataset);
    rememberIndex(dataset, index);
    expect(indexDataset(dataset)).toBe(index);
    const copy: Dataset = { ...dataset, problems: [] };
    expect(indexDataset(copy)).toBe(index);
    const otherTargets = indexDataset({ ...dataset, targets: [aTarget('2024-25', '1')] });
    expect(otherTargets).not.toBe(index);
    expect(targetOf(otherTargets, 'M1', '2024-25')?.target.decimal).toBe('1');
  });
});
