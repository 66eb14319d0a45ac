import { formatCell, specialMeaning } from '../../domain/format-value';
import type { ScorecardRow } from '../../domain/scorecard-row';
import { periodName } from '../../domain/periods';
import { COMPARATOR_NAMES } from '../../domain/trend-chart';
import { COMPARATORS } from '../../domain/types';
import { quartileWords } from './wording';

// A data note that says the figures are local management information rather than the published return.
const LOCAL_VS_PUBLISHED = /\blocal\b|\bpublished\b/i;

/** How the council compares with its statistical neighbours, the region and England (benchmarks lag: years shown). */
export function Comparison({ row }: { row: ScorecardRow }) {
  const { measure, benchmark, benchmarks, current, period } = row;
  const ours = current && period ? `${formatCell(current.value, measure.unit, measure.decimals)} (${periodName(period)})` : null;
  return (
    <section className="measure-detail__section" aria-labelledby="measure-compares">
      <h3 id="measure-compares">How it compares</h3>
      {benchmark === null || benchmarks === null ? (
        <p>No benchmark has been published for this measure.</p>
      ) : (
        <>
          <div className="measure-detail__scroll" role="region" aria-labelledby="measure-compares-caption" tabIndex={0}>
            <table className="measure-detail__table">
              <caption id="measure-compares-caption">
                Published benchmarks for {benchmark.year}
                {ours && `, compared with our figure of ${ours}`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Compared with</th>
                  <th scope="col">Benchmark</th>
                  <th scope="col">Year</th>
                  <th scope="col">Our figure is</th>
                </tr>
              </thead>
              <tbody>
                {COMPARATORS.map((comparator) => {
                  const { value, year, judgement } = benchmarks[comparator];
                  return (
                    <tr key={comparator} data-comparator={comparator}>
                      <th scope="row">{COMPARATOR_NAMES[comparator]}</th>
                      <td className="measure-detail__number" title={value.kind === 'special' ? specialMeaning(value.code) : undefined}>
                        {formatCell(value, measure.unit, measure.decimals)}
                      </td>
                      <td>{year}</td>
                      <td>{judgement ? <span className={`judgement judgement--${judgement}`}>{judgement}</span> : <span className="judgement">no judgement</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {!ours || current?.value.kind !== 'number' ? (
            <p>There is no current figure to judge against the benchmarks.</p>
          ) : measure.polarity === 'none' ? (
            <p>This is a context measure, so it is compared but not judged better or worse.</p>
          ) : (
            <p>
              “Similar” means equal when both are rounded as shown. {measure.polarity === 'low' ? 'Lower' : 'Higher'} is better for this measure.
            </p>
          )}
          {benchmark.quartile && (
            <p>
              <strong>
                Quartile {benchmark.quartile} ({benchmark.year})
              </strong>
              : {quartileWords(benchmark.quartile)}. Quartile A is the best 25% of councils and D the lowest 25%.
            </p>
          )}
          {benchmark.source && <p>Source: {benchmark.source}.</p>}
        </>
      )}
      {measure.dataNote && LOCAL_VS_PUBLISHED.test(measure.dataNote) && (
        <p className="measure-detail__caveat">
          <strong>Local and published figures:</strong> {measure.dataNote} Benchmarks are always published figures, so small differences may come from
          that.
        </p>
      )}
    </section>
  );
}
