// Each measure's scorecard row, worked out on the page while the rest of the data is still arriving. The Web Worker
// reads one value file after another, and the page, idle between them, used to work out every row only once the last
// file was in: most of the time from the last file to a ready scorecard (200 ms of a 100k-row load, traced). The
// targets, benchmarks and commentary reach the page before any value row (READ_ORDER), and a value file's rows come
// a measure at a time, so a measure's row (and its rating the quarter before, and its streaks: the landing view's)
// can be made as soon as its rows in that file are in. The default quarter is the latest with a monthly or quarterly
// figure: guessed from the rows so far, and the rows made again if a later measure moves it. At the end what was made
// ahead is used only if it is what the whole data gives (workedAhead).
import { indexSteps, type DatasetIndex } from '../domain/dataset-index';
import { streaksOf, type Streaks, type StreaksAhead } from '../domain/performance-summary-exceptions';
import { financialQuarterOf, previousFinancialQuarter, sameFinancialQuarter } from '../domain/periods';
import { measureRating, type MeasureRating, type RatingAhead } from '../domain/quarter-ratings';
import { reportsQuarters, scorecardRow, type RowAhead, type ScorecardRow } from '../domain/scorecard';
import type { Dataset, FinancialQuarter, Measure } from '../domain/types';
import type { DatasetAssembly } from './dataset-transfer';

/** What was worked out ahead, for prepareDataset: each hook gives only what the whole dataset would give. */
export interface WorkedAhead {
  /** The index made ahead, when it is the index of the whole dataset: made from the same arrays, none grown since. */
  index: DatasetIndex | undefined;
  row: RowAhead;
  rating: RatingAhead;
  streaks: StreaksAhead;
}

/** The arrays, besides the rows, that a scorecard row is made from. */
const SOURCES = ['measures', 'targets', 'benchmarks', 'commentary'] as const;

export class RowsAhead {
  /** An index of what has come so far: the measures, targets, benchmarks and commentary, and the rows as they come. */
  private index: DatasetIndex | null = null;
  private indexing: Generator<void, DatasetIndex> | null = null;
  /** The arrays of SOURCES the index was made from, and their lengths then: if any is another or grew, nothing is used. */
  private sources: ReadonlyArray<readonly unknown[]> = [];
  private sizes: number[] = [];
  /** Measures whose rows in one file are all in, not yet looked at; and every one looked at so far. */
  private readonly pending: string[] = [];
  private readonly seen = new Set<string>();
  private latestEnd = Number.NEGATIVE_INFINITY;
  private failed = false;
  private quarter: FinancialQuarter | null = null;
  /**
   * Each measure's row, made once all its rows were in (a measure whose rows come from several files is made at the
   * end), with what the landing view counts from it: its rating in the quarter before, and its streaks if an exception.
   */
  private readonly made = new Map<string, { row: ScorecardRow; before: MeasureRating; streaks: Streaks | null }>();

  constructor(private readonly assembly: DatasetAssembly) {}

  /** Whether there is anything to work out now. */
  hasWork(): boolean {
    return !this.failed && (this.pending.length > 0 || this.indexing !== null || this.assembly.hasCompleted());
  }

  /**
   * Works for up to `budgetMs`; says whether there is more to do now. It only saves work later, so a fault is reported
   * on the console and nothing made ahead is used: the load carries on and works everything out at the end.
   */
  work(budgetMs: number): boolean {
    try {
      return this.workFor(budgetMs);
    } catch (fault) {
      console.error('Working out the scorecard while the data arrived failed; it is worked out once the data is in.', fault);
      this.failed = true;
      this.pending.length = 0;
      this.indexing = null;
      return false;
    }
  }

  /** At least one step a call (a step of the index, or one measure), however small the budget, so every call gets on. */
  private workFor(budgetMs: number): boolean {
    const started = performance.now();
    for (const id of this.assembly.takeCompleted()) this.pending.push(id);
    const timeLeft = () => performance.now() - started < budgetMs;
    if (!this.index && !this.indexing) this.startIndex();
    let stepped = false;
    while (this.indexing && (!stepped || timeLeft())) {
      stepped = true;
      const step = this.indexing.next();
      if (step.done) {
        this.index = step.value;
        this.indexing = null;
      }
    }
    const index = this.index;
    if (!index) return this.indexing !== null;
    while (this.pending.length > 0 && (!stepped || timeLeft())) {
      stepped = true;
      this.makeRow(index, this.pending.shift()!);
    }
    return this.pending.length > 0 || this.indexing !== null;
  }

  /** Once every part has come: what was made ahead that this dataset still gives. */
  workedAhead(dataset: Dataset): WorkedAhead {
    const sameSource = (list: readonly unknown[], i: number) => (list === this.sources[i] || list.length === 0) && list.length === this.sizes[i];
    const unchanged = !this.failed && this.index !== null && SOURCES.every((source, i) => sameSource(dataset[source], i));
    // A measure whose rows came from several files may have had more since: made again, with its rows in order.
    const made = (measure: Measure) => (unchanged && !this.assembly.fromSeveralFiles(measure.id) ? this.made.get(measure.id) : undefined);
    return {
      index: unchanged ? this.index! : undefined,
      row: (measure, fq) => {
        const ahead = made(measure);
        return ahead && sameFinancialQuarter(ahead.row.quarter, fq) ? ahead.row : undefined;
      },
      rating: (measure, fq) => {
        const ahead = made(measure);
        return ahead && sameFinancialQuarter(previousFinancialQuarter(ahead.row.quarter), fq) ? ahead.before : undefined;
      },
      // Only for the very row made ahead: the scorecard took it, so it holds.
      streaks: (row) => {
        const ahead = made(row.measure);
        return ahead?.row === row ? ahead.streaks : undefined;
      },
    };
  }

  private startIndex(): void {
    // Every small file's items come before the first value row, so by the time a measure's rows are in, they all have.
    const [measures = [], targets = [], benchmarks = [], commentary = []] = SOURCES.map((source) => this.assembly.itemsSoFar(source));
    this.sources = [measures, targets, benchmarks, commentary];
    this.sizes = this.sources.map((list) => list.length);
    this.indexing = indexSteps({ measures, targets, benchmarks, commentary, observations: [] } as Pick<Dataset, (typeof SOURCES)[number] | 'observations'>, this.assembly.observationsByMeasure);
  }

  private makeRow(index: DatasetIndex, id: string): void {
    const measure = index.measuresById.get(id);
    const rows = index.observationsByMeasure.get(id);
    if (!measure || !rows) return;
    // The default quarter, as defaultQuarter finds it: the latest quarter with a row of a measure that reports
    // quarters. A file's rows for a measure come oldest first, so its last row so far is the latest of that file.
    if (reportsQuarters(measure) && rows.length > 0) {
      const end = rows[rows.length - 1]!.period.end;
      if (end > this.latestEnd) {
        this.latestEnd = end;
        const quarter = financialQuarterOf(end);
        if (!this.quarter || !sameFinancialQuarter(quarter, this.quarter)) {
          this.quarter = quarter;
          // Rows made for an earlier guess: made again for this one.
          for (const earlier of this.seen) if (earlier !== id) this.pending.push(earlier);
        }
      }
    }
    // A measure in two files is worked out at the end, with all its rows in order.
    if (this.assembly.fromSeveralFiles(id)) return;
    this.seen.add(id);
    const quarter = this.quarter;
    if (!quarter) return;
    const known = this.made.get(id);
    if (known && sameFinancialQuarter(known.row.quarter, quarter)) return;
    const row = scorecardRow(index, measure, quarter);
    this.made.set(id, { row, before: measureRating(index, measure, previousFinancialQuarter(quarter)), streaks: streaksOf(index, row) });
  }
}
