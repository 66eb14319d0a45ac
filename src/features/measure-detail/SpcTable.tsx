import type { SpcChart } from '../../domain/spc-chart';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { firstRowsOf } from './history-rows';

/** The XmR chart's text alternative: every period, its figure, its phase's mean and limits, and the verdict. */
export function SpcTable({ chart, title }: { chart: SpcChart; title: string }) {
  const shown = useProgressiveCount(chart.entries.length, chart, firstRowsOf(chart.entries.length));
  return (
    <div className="measure-detail__scroll" role="region" aria-labelledby="measure-spc-caption" tabIndex={0}>
      <table className="measure-detail__table" aria-busy={shown < chart.entries.length}>
        <caption id="measure-spc-caption">{title}, oldest first, with the average and process limits each figure is judged against</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            <th scope="col">Average</th>
            <th scope="col">Lower limit</th>
            <th scope="col">Upper limit</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {chart.entries.slice(0, shown).map((entry) => (
            <tr key={entry.period} data-special={entry.special ?? undefined}>
              <th scope="row">{entry.period}</th>
              <td className="measure-detail__number">{entry.value === null ? '-' : entry.text}</td>
              <td className="measure-detail__number">{entry.limits?.meanText ?? '-'}</td>
              <td className="measure-detail__number">{entry.limits?.lowerText ?? '-'}</td>
              <td className="measure-detail__number">{entry.limits?.upperText ?? '-'}</td>
              <td>
                {entry.verdict}
                {entry.limits?.reliability === 'trial' && ' (trial limits)'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
