import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset';
import { knownMeasure, knownMeasureReader, measureIndex } from './measure-index';
import { MEASURES_CSV } from './test-support';

const index = measureIndex(loadDataset({ 'measures.csv': MEASURES_CSV }).measures, new Map());

describe('knownMeasureReader', () => {
  it('answers as knownMeasure does for every id in turn, repeated or not', () => {
    const read = knownMeasureReader(index);
    const ids = [undefined, 'EH01', 'EH01', 'NOPE', 'NOPE', ' eh01 ', 'eh01', undefined, '', 'CSC02', 'EH 01', 'CSC02', undefined];
    expect(ids.map((id) => read(id)?.id)).toEqual(ids.map((id) => knownMeasure(id, index)?.id));
    expect(ids.map((id) => read(id)?.id)).toEqual([undefined, 'EH01', 'EH01', undefined, undefined, 'EH01', 'EH01', undefined, undefined, 'CSC02', undefined, 'CSC02', undefined]);
  });
});
