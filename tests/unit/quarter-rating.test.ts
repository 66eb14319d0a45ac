// quarterRating is the short path a streak takes through earlier quarters: on the whole sample, for every measure
// in every quarter, it must say what the full scorecard row says.
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/cli/read-data-folder';
import { loadDataset } from '../../src/data/load-dataset';
import { financialQuarterKey } from '../../src/domain/periods';
import { availableQuarters, indexDataset, scorecardRow } from '../../src/domain/scorecard';
import { quarterRating } from '../../src/domain/scorecard-row';
import { quarterRatings, ratingOfRow } from '../../src/domain/quarter-ratings';
import { buildScorecard } from '../../src/domain/scorecard';

const index = indexDataset(loadDataset(readDataFolder(new URL('../../data', import.meta.url).pathname).files));

describe('quarterRating', () => {
  it('gives the period, rating and direction of the scorecard row, for every measure and quarter of the sample', () => {
    const quarters = availableQuarters(index);
    expect(quarters.length).toBeGreaterThan(8);
    const seen = new Set<string>();
    for (const quarter of quarters) {
      for (const measure of index.measures) {
        const row = scorecardRow(index, measure, quarter);
        const rating = quarterRating(index, measure, quarter);
        expect(rating, `${measure.id} ${financialQuarterKey(quarter)}`).toEqual({ period: row.period, rag: row.rag.rag, judgement: row.dot.judgement });
        seen.add(`${rating.rag} ${rating.judgement}`);
      }
    }
    // The sample exercises every rating with both directions, so the comparison above is not of blanks.
    for (const standing of ['red declining', 'red improving', 'green improving', 'amber declining', 'none none']) expect(seen).toContain(standing);
  });
});

describe('quarterRatings', () => {
  it("gives every measure's rating and whether it has a figure as the scorecard rows do, in every quarter of the sample", () => {
    const quarters = availableQuarters(index);
    let withoutFigure = 0;
    for (const quarter of quarters) {
      const fromRows = buildScorecard(index, quarter).map(ratingOfRow);
      expect(quarterRatings(index, quarter), financialQuarterKey(quarter)).toEqual(fromRows);
      withoutFigure += fromRows.filter((rating) => !rating.hasFigure).length;
    }
    // Some measures lack a figure in some quarter, so hasFigure is compared both ways.
    expect(withoutFigure).toBeGreaterThan(0);
  });
});
