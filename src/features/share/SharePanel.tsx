import type { DatasetIndex, ScorecardRow } from '../../domain/scorecard';
import type { Dataset, FinancialQuarter } from '../../domain/types';
import type { UrlState } from '../../ui/navigation/url-state';
import { CsvDownload } from './csv/CsvDownload';
import { CopyEmbedCode } from './embed/CopyEmbedCode';
import { ImageDownloads } from './image/ImageDownloads';
import { BriefingPack } from './pptx/BriefingPack';
import './share.css';

export interface ShareContext {
  view: 'summary' | 'scorecard' | 'measure';
  dataset: Dataset;
  index: DatasetIndex;
  quarter: FinancialQuarter;
  /** Every measure's row for the quarter. */
  rows: readonly ScorecardRow[];
  /** The measure open on the measure page. */
  openMeasure: ScorecardRow | undefined;
  /** The link's state: the scorecard's filters live here. */
  state: UrlState;
}

/**
 * "Share and download" for the view on screen: each format's code is loaded only when asked for, so the first
 * page does not pay for exports.
 */
export function SharePanel(context: ShareContext) {
  return (
    <section className="share" aria-labelledby="share-heading">
      <h3 id="share-heading">Share and download</h3>
      <div className="share__tools laid-out-when-near">
        <BriefingPack {...context} />
        <CsvDownload {...context} />
        <CopyEmbedCode {...context} />
        <ImageDownloads {...context} />
      </div>
    </section>
  );
}
