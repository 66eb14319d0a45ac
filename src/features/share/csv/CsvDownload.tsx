import { useMemo, useState } from 'react';
import { financialQuarterKey } from '../../../domain/periods';
import type { ShareContext } from '../SharePanel';
import { scorecardShownRows } from '../pptx/pack-selection';
import { saveBlob } from '../../../ui/save-blob';
import { useHydrated } from '../../../ui/use-hydrated';
import '../pptx/pptx.css';

export type CsvDownloadProps = Pick<ShareContext, 'view' | 'quarter' | 'rows' | 'openMeasure' | 'state'>;

/**
 * "Download CSV": the scorecard as shown (its filters from the link) on the scorecard, the whole quarter on
 * the summary, the one measure on its page, in the export's columns.
 */
export function CsvDownload({ view, quarter, rows, openMeasure, state }: CsvDownloadProps) {
  const shown = useMemo(() => {
    if (view === 'scorecard') return scorecardShownRows({ rows, state });
    if (view === 'measure') return openMeasure ? [openMeasure] : [];
    return [...rows];
  }, [view, rows, openMeasure, state]);
  const [status, setStatus] = useState('');
  const hydrated = useHydrated();
  const fileName = `scorecard-${financialQuarterKey(quarter)}.csv`;
  const count = shown.length;

  async function download() {
    try {
      const { scorecardCsv } = await import('./scorecard-csv');
      saveBlob(new Blob([scorecardCsv(shown)], { type: 'text/csv;charset=utf-8' }), fileName);
      setStatus(`Downloaded ${fileName}: ${count} ${count === 1 ? 'measure' : 'measures'}.`);
    } catch (error) {
      setStatus(`The CSV could not be made (${error instanceof Error ? error.message : String(error)}). Please try again.`);
    }
  }

  return (
    <div className="share-download share-download--csv">
      <button type="button" onClick={download} disabled={!hydrated || count === 0}>
        Download CSV ({count} {count === 1 ? 'measure' : 'measures'} as shown)
      </button>
      <p className="share-download__status" role="status">{status}</p>
    </div>
  );
}
