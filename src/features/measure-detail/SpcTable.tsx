import type { SpcChart } from '../../domain/spc-chart';

/** The XmR chart's text alternative: every period, its figure, its phase's mean and limits, and the verdict. */
export function SpcTable({ chart, title }: { chart: SpcChart; title: string }) {
  return (
    <div className="measure-detail__scroll" role="region" aria-labelledby="measure-spc-caption" tabIndex={0}>
      <table className="measure-detail__table">
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
          {chart.entries.map((entry) => (
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
