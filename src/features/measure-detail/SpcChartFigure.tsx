import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import { formatNumber } from '../../domain/format-value';
import type { SpcChart } from '../../domain/spc-chart';
import type { Measure } from '../../domain/types';
import { ViewLink } from '../../ui/navigation/ViewLink';
import { LineSwatch, TARGET_DASH, TRIAL_DASH, targetLine } from './chart-styles';
import { MARK_WORDS, MarkSwatch, SpcMark } from './spc-marks';
import type { MarkKind } from './spc-marks';
import { SpcTable } from './SpcTable';
import { useNarrow } from './use-narrow';
import { PlotBox } from './PlotBox';

type Datum = Record<string, string | number | null>;

function chartData(chart: SpcChart): Datum[] {
  return chart.entries.map((entry, index) => {
    const datum: Datum = { label: entry.label, index, value: entry.value, special: entry.special };
    for (const phase of chart.phases) {
      const own = entry.limits?.phase === phase.phase;
      datum[`mean-${phase.phase}`] = own ? phase.mean : null;
      datum[`upper-${phase.phase}`] = own ? phase.upper : null;
      datum[`lower-${phase.phase}`] = own ? phase.lower : null;
    }
    return datum;
  });
}

// Beyond this many figures a dot on every one is a crowd: the line carries the common-cause figures, and marks
// are kept for the figures that mean something (special causes) and the latest.
const DOT_EVERY_FIGURE = 36;

/** Whether the chart marks every figure, or only special causes and the latest. */
const marksEveryFigure = (chart: SpcChart) => chart.entries.length <= DOT_EVERY_FIGURE;

function figureDot(everyFigure: boolean, last: number) {
  return function FigureDot(props: DotItemDotProps) {
    const { cx, cy, payload, index } = props;
    const special = (payload as Datum).special as MarkKind | null;
    if (typeof cx !== 'number' || typeof cy !== 'number' || (payload as Datum).value === null || (!everyFigure && !special && index !== last)) return null;
    return <SpcMark key={index} kind={special ?? 'common'} x={cx} y={cy} />;
  };
}

function SpcKey({ chart }: { chart: SpcChart }) {
  const trial = chart.phases.some((p) => p.reliability === 'trial');
  const reliable = chart.phases.some((p) => p.reliability === 'reliable');
  const kinds = (['improvement', 'concern', 'neutral'] as const).filter((kind) => chart.entries.some((e) => e.special === kind));
  return (
    <ul className="trend-chart__key" aria-label="Key">
      <li>
        <LineSwatch stroke="var(--spc-common)" width={2} /> Each figure (solid grey line)
      </li>
      {reliable && (
        <li>
          <LineSwatch stroke="var(--chart-text)" width={2} /> Average (thin line) and process limits (thick lines above and below)
        </li>
      )}
      {trial && (
        <li>
          <LineSwatch stroke="var(--chart-text)" dash={TRIAL_DASH} width={2} /> Dashed: trial limits: not enough data for a reliable verdict
        </li>
      )}
      {chart.target && (
        <li>
          <LineSwatch stroke="var(--chart-target)" dash={TARGET_DASH} width={2} /> Target {chart.target.text} (long dashes)
        </li>
      )}
      {(['common', ...kinds] as const).map((kind) => (
        <li key={kind}>
          <MarkSwatch kind={kind} />{' '}
          {kind === 'common' && !marksEveryFigure(chart) ? 'Common cause: the grey line (a small grey dot marks the latest figure)' : MARK_WORDS[kind]}
        </li>
      ))}
    </ul>
  );
}

function SpcPlot({ chart, measure }: { chart: SpcChart; measure: Measure }) {
  const narrow = useNarrow();
  const tick = (value: number) => formatNumber(value, measure.unit, Number.isInteger(value) ? 0 : measure.decimals);
  // One label a year on a long monthly chart, counted rather than measured (Recharts measures each label to space them).
  const perLabel = Math.max(1, Math.ceil(chart.entries.length / (narrow ? 4 : 12)));
  const limitLine = (key: string, trial: boolean, width: number) => (
    <Line key={key} dataKey={key} stroke="var(--chart-text)" strokeWidth={width} strokeDasharray={trial ? TRIAL_DASH : undefined} dot={false} activeDot={false} connectNulls={false} isAnimationActive={false} />
  );
  return (
    <PlotBox kind="spc" className="spc-chart__plot">
        <LineChart data={chartData(chart)} margin={{ top: 16, right: narrow ? 12 : 32, bottom: 8, left: narrow ? 0 : 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="label" interval={perLabel - 1} tick={{ fill: 'var(--chart-text)' }} />
          <YAxis domain={['auto', 'auto']} padding={{ top: 16, bottom: 16 }} tickFormatter={tick} width={narrow ? 52 : 72} tick={{ fill: 'var(--chart-text)' }} />
          {targetLine(chart.target)}
          {chart.phases.flatMap((phase) => {
            const trial = phase.reliability === 'trial';
            return [limitLine(`mean-${phase.phase}`, trial, 1.5), limitLine(`upper-${phase.phase}`, trial, 2.5), limitLine(`lower-${phase.phase}`, trial, 2.5)];
          })}
          <Line dataKey="value" stroke="var(--spc-common)" strokeWidth={2} dot={figureDot(marksEveryFigure(chart), chart.entries.length - 1)} activeDot={false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
    </PlotBox>
  );
}

/** "Is it a real change?": the XmR chart, its summary and key, and the table that is its text alternative. */
export function SpcSection({ chart, measure, upTo }: { chart: SpcChart; measure: Measure; upTo: string | null }) {
  const title = `${measure.id}: every figure${upTo ? ` to ${upTo}` : ''} with its average and process limits`;
  return (
    <section className="measure-detail__section" aria-labelledby="measure-spc">
      <h3 id="measure-spc">Is it a real change? Statistical process control</h3>
      <p>
        Statistical process control (SPC) tells ordinary ups and downs from real change. Figures between the process limits are normal variation;
        a figure outside them, or an unusual run, is special cause variation. <ViewLink to={{ view: 'glossary' }}>SPC terms in the glossary</ViewLink>.
      </p>
      <figure className="spc-chart" aria-labelledby="spc-chart-title">
        <figcaption>
          <p id="spc-chart-title" className="trend-chart__title">
            XmR chart: {title}
          </p>
          {chart.summary.map((sentence) => (
            <p key={sentence} className="trend-chart__summary">
              {sentence}
            </p>
          ))}
          {chart.entries.length > 0 && <SpcKey chart={chart} />}
        </figcaption>
        {chart.entries.length > 0 && <SpcPlot chart={chart} measure={measure} />}
      </figure>
      {chart.entries.length > 0 && <SpcTable chart={chart} title={title} />}
    </section>
  );
}
