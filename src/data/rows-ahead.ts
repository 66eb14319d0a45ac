// Each measure's scorecard row, worked out on the page while the rest of the data is still arriving. The Web Worker
// reads one value file after another, and the page, idle between them, used to work out every row only once the last
// file was in: most of the time from the last file to a ready scorecard (200 ms of a 100k-row load, traced). The
// targets, benchmarks and commentary reach the page before any value row (READ_ORDER), and a value file's rows come
// a measure at a time, so a measure's row can be made as soon as its rows in that file are in. The default quarter
// is the latest with a monthly or quarterly figure: guessed from the rows so far, and the rows made again if a later
// measure moves it. At the end a row made ahead is used only if it is the row the whole data gives (rowsFor).
import { indexSteps, type DatasetIndex } from '../domain/dataset-index';
import { financialQuarterOf, sameFinancialQuarter } from '../domain/periods';
import { scorecardRow, type RowAhead, type ScorecardRow } from '../domain/scorecard';
import type { Dataset, FinancialQuarter } from '../domain/types';
import type { DatasetAssembly } from './dataset-transfer';

/** The arrays, besides the rows, that a scorecard row is made from. */
const SOURCES = ['measures', 'targets', 'benchmarks', 'commentary'] as const;

export class RowsAhead {
  /** An index of what has come so far: the measures, targets, benchmarks and commentary, and the rows as they come. */
  private index: DatasetIndex | null = null;
  private indexing: Generator<void, DatasetIndex> | null = null;
  /** How many items each of SOURCES had when the index was made: if any had more by the end, no row is used. */
  private sizes: number[] = [];
  /** Measures whose rows in one file are all in, not yet looked at; and every one looked at so far. */
  private readonly pending: string[] = [];
  private readonly seen = new Set<string>();
  private latestEnd = Number.NEGATIVE_INFINITY;
  private quarter: FinancialQuarter | null = null;
  /** Each measure's row, made once all its rows were in: a measure's rows all come from one file, or it has none here. */
  private readonly made = new Map<string, ScorecardRow>();

  constructor(private readonly assembly: DatasetAssembly) {}

  /** Whether there is anything to work out now. */
  hasWork(): boolean {
    for (const id of this.assembly.takeCompleted()) this.pending.push(id);
    return this.pending.length > 0 || this.indexing !== null;
  }

  /** Works for up to `budgetMs`; says whether there is more to do now. */
  work(budgetMs: number): boolean {
    const started = performance.now();
    const timeLeft = () => performance.now() - started < budgetMs;
    if (!this.index && !this.indexing) this.startIndex();
    while (this.indexing && timeLeft()) {
      const step = this.indexing.next();
      if (step.done) {
        this.index = step.value;
        this.indexing = null;
      }
    }
    const index = this.index;
    if (!index) return this.indexing !== null;
    while (this.pending.length > 0 && timeLeft()) this.makeRow(index, this.pending.shift()!);
    return this.pending.length > 0;
  }

  /** Once every part has come: the rows made ahead that are still the rows this dataset gives. */
  rowsFor(dataset: Dataset): RowAhead {
    const unchanged = this.index !== null && SOURCES.every((source, i) => dataset[source].length === this.sizes[i]);
    return (measure, fq) => {
      const row = unchanged ? this.made.get(measure.id) : undefined;
      // A measure whose rows came from several files may have had more since: made again, with its rows in order.
      if (!row || !sameFinancialQuarter(row.quarter, fq) || this.assembly.fromSeveralFiles(measure.id)) return undefined;
      return row;
    };
  }

  private startIndex(): void {
    // Every small file's items come before the first value row, so by the time a measure's rows are in, they all have.
    const [measures = [], targets = [], benchmarks = [], commentary = []] = SOURCES.map((source) => this.assembly.itemsSoFar(source));
    const source = { measures, targets, benchmarks, commentary, observations: [] } as Pick<Dataset, (typeof SOURCES)[number] | 'observations'>;
    this.sizes = SOURCES.map((name) => source[name].length);
    this.indexing = indexSteps(source, this.assembly.observationsByMeasure);
  }

  private makeRow(index: DatasetIndex, id: string): void {
    const measure = index.measuresById.get(id);
    const rows = index.observationsByMeasure.get(id);
    // A measure in two files is worked out at the end, with all its rows in order.
    if (!measure || !rows || this.assembly.fromSeveralFiles(id)) return;
    this.seen.add(id);
    if (measure.frequency !== 'annual' && rows.length > 0) {
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
    const quarter = this.quarter;
    if (!quarter) return;
    const known = this.made.get(id);
    if (known && sameFinancialQuarter(known.quarter, quarter)) return;
    this.made.set(id, scorecardRow(index, measure, quarter));
  }
}
