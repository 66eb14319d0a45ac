import { useMemo, useState } from 'react';
import { financialQuarterKey } from '../../../domain/periods';
import type { ShareContext } from '../SharePanel';
import { packSelection } from './pack-selection';
import { saveBlob, todayIso } from '../../../ui/save-blob';
import { useHydrated } from '../../../ui/use-hydrated';
import './pptx.css';

export type BriefingPackProps = Pick<ShareContext, 'view' | 'dataset' | 'index' | 'quarter' | 'rows' | 'openMeasure' | 'state'>;

/**
 * "Download briefing pack": a PowerPoint deck of the measures in view (the scorecard's shown rows, the
 * summary's exceptions, or the open measure), made in the browser. The planner and pptxgenjs are loaded
 * only on click, so the first page does not pay for them.
 */
export function BriefingPack(props: BriefingPackProps) {
  const { view, index, rows, openMeasure, state, quarter, dataset } = props;
  const selection = useMemo(() => packSelection({ view, index, rows, openMeasure, state }), [view, index, rows, openMeasure, state]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const count = selection.rows.length;
  const slides = 2 + count;
  const fileName = `briefing-pack-${financialQuarterKey(quarter)}.pptx`;

  async function download() {
    setBusy(true);
    setStatus(`Preparing the briefing pack: ${slides} slides…`);
    try {
      const { makeBriefingPack } = await import('./make-pack');
      const { blob, slides: made } = await makeBriefingPack({
        index, quarter, rows, chosen: selection.rows, settings: dataset.settings,
        selection: selection.description, preparedOn: todayIso(),
      });
      saveBlob(blob, fileName);
      setStatus(`Briefing pack ready: ${fileName}, ${made} slides.`);
    } catch (error) {
      setStatus(`The briefing pack could not be made (${error instanceof Error ? error.message : String(error)}). Please try again.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="share-download share-download--pptx">
      <p className="share-download__about">
        Briefing pack (PowerPoint): {selection.description}, {count} {count === 1 ? 'measure' : 'measures'}. A title slide, the
        performance on a page, then a slide per measure with its figures, rating, direction, benchmarks, commentary and chart.
      </p>
      <button type="button" onClick={download} disabled={!hydrated || busy || count === 0}>
        Download briefing pack ({slides} slides, .pptx)
      </button>
      <p className="share-download__status" role="status">{status}</p>
    </div>
  );
}
