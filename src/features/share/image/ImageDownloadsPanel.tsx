import { useMemo, useRef, useState } from 'react';
import { areaName } from '../../../domain/areas';
import { measureCardSvg, sourceCaption } from '../../../domain/measure-card-svg';
import type { SvgImage, SvgSource } from '../../../domain/measure-card-svg';
import { performanceSummary } from '../../../domain/performance-summary';
import { financialQuarterKey, financialQuarterLabel } from '../../../domain/periods';
import type { ScorecardRow } from '../../../domain/scorecard';
import { filterScorecard } from '../../../domain/scorecard-filters';
import { scorecardSectionSvg, sectionAltText } from '../../../domain/section-svg';
import { snapshotTitle, summarySnapshotSvg } from '../../../domain/summary-snapshot-svg';
import { DEFAULT_URL_STATE, writeUrlState } from '../../../ui/navigation/url-state';
import { saveBlob } from '../../../ui/save-blob';
import type { ShareContext } from '../SharePanel';
import { emailSnapshotHtml } from './email-snapshot';
import { PALETTE } from './palette';
import './image.css';

export type ImageDownloadsProps = Pick<ShareContext, 'view' | 'dataset' | 'index' | 'quarter' | 'rows' | 'openMeasure' | 'state'>;

type Say = (message: string) => void;

/** Runs an export, saying "Making ..." at once (so a slow one shows progress) and what came of it after. */
async function run(say: Say, making: string, work: () => Promise<string>): Promise<void> {
  say(making);
  try {
    say(await work());
  } catch (error) {
    say(`Sorry, that did not work (${error instanceof Error ? error.message : String(error)}). Please try again.`);
  }
}

async function savePng(image: SvgImage, fileName: string): Promise<string> {
  const { svgToPng, PNG_SCALE } = await import('./image-export');
  saveBlob(await svgToPng(image), fileName);
  return `Downloaded ${fileName} (${image.width * PNG_SCALE} by ${image.height * PNG_SCALE} pixels).`;
}

async function saveSvg(image: SvgImage, fileName: string): Promise<string> {
  const { svgBlob } = await import('./image-export');
  saveBlob(svgBlob(image.svg), fileName);
  return `Downloaded ${fileName}.`;
}

/** A read-only box of text to copy, with a button that copies it (or selects it when the clipboard is refused). */
function CopyBox({ id, label, text, rows, say }: { id: string; label: string; text: string; rows: number; say: Say }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      say(`${label}: copied.`);
    } catch {
      box.current?.focus();
      box.current?.select();
      say(`${label} is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.`);
    }
  };
  return (
    <div className="image-downloads__copy">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={box} readOnly rows={rows} value={text} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" onClick={() => void copy()}>
        Copy {label.charAt(0).toLowerCase() + label.slice(1)}
      </button>
    </div>
  );
}

function MeasurePictures({ row, data, say }: { row: ScorecardRow; data: SvgSource; say: Say }) {
  const card = useMemo(() => measureCardSvg(row, data, PALETTE), [row, data]);
  const base = `${row.measure.id}-${financialQuarterKey(row.quarter)}`;

  const chart = async (format: 'png' | 'svg') => {
    const { chartImage } = await import('./image-export');
    const image = chartImage(row, data);
    if (!image) throw new Error('the chart is not on the page; wait for it to appear');
    return format === 'png' ? savePng(image, `${base}-chart.png`) : saveSvg(image, `${base}-chart.svg`);
  };

  return (
    <>
      <p className="image-downloads__about">
        A picture of {row.measure.id} with its figure, rating and direction of travel in words, for slides and newsletters. PNGs are drawn at twice their
        size, so they stay sharp.
      </p>
      <p className="image-downloads__buttons">
        <button type="button" onClick={() => void run(say, 'Making the card picture…', () => savePng(card, `${base}-card.png`))}>
          Download card as PNG
        </button>
        <button type="button" onClick={() => void run(say, 'Making the card picture…', () => saveSvg(card, `${base}-card.svg`))}>
          Download card as SVG
        </button>
        <button type="button" onClick={() => void run(say, 'Making the chart picture…', () => chart('png'))}>
          Download chart as PNG
        </button>
        <button type="button" onClick={() => void run(say, 'Making the chart picture…', () => chart('svg'))}>
          Download chart as SVG
        </button>
      </p>
      <CopyBox id="image-card-alt" label="Alt text for the card" text={card.alt} rows={3} say={say} />
    </>
  );
}

function EmailSnapshot({ index, quarter, rows, data, say }: Pick<ImageDownloadsProps, 'index' | 'quarter' | 'rows'> & { data: SvgSource; say: Say }) {
  const { image, html, fileName } = useMemo(() => {
    const summary = performanceSummary(index, quarter, rows);
    const picture = summarySnapshotSvg(summary, data, PALETTE);
    const key = financialQuarterKey(quarter);
    const imageFile = `scorecard-${key}.png`;
    const link = new URL(writeUrlState({ ...DEFAULT_URL_STATE, view: 'summary', quarter: key }), window.location.href).href;
    const fragment = emailSnapshotHtml({
      title: snapshotTitle(summary, data),
      imageFile,
      width: picture.width,
      height: picture.height,
      alt: picture.alt,
      summary: summary.paragraph.map((part) => part.text).join(''),
      link,
      linkText: `See the full scorecard for ${financialQuarterLabel(quarter)}`,
      caption: sourceCaption(null, data),
    });
    return { image: picture, html: fragment, fileName: imageFile };
  }, [index, quarter, rows, data]);
  const htmlFile = fileName.replace(/\.png$/, '-email.html');

  const saveHtml = async () => {
    saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), htmlFile);
    return `Downloaded ${htmlFile}. Upload ${fileName} beside it.`;
  };

  return (
    <>
      <p className="image-downloads__about">
        E-mail readers do not run scripts or show embedded pages, so the newsletter can carry a picture of performance on a page with a link to the live
        scorecard. Download the picture and the HTML (inline styles only), or copy the HTML below.
      </p>
      <p className="image-downloads__buttons">
        <button type="button" onClick={() => void run(say, 'Making the snapshot picture…', () => savePng(image, fileName))}>
          Download snapshot picture (PNG)
        </button>
        <button type="button" onClick={() => void run(say, 'Making the e-mail HTML…', saveHtml)}>
          Download e-mail HTML
        </button>
      </p>
      <CopyBox id="image-email-html" label="E-mail HTML" text={html} rows={6} say={say} />
    </>
  );
}

/** A picture of each service area the scorecard shows (after the link's filters), with its alt text to copy. */
function SectionPictures({ quarter, rows, state, data, say }: Pick<ImageDownloadsProps, 'quarter' | 'rows' | 'state'> & { data: SvgSource; say: Say }) {
  const sections = useMemo(
    () => filterScorecard(rows, { area: state.area, rag: state.rag, dot: state.dot, q: state.q, sort: state.sort }).sections,
    [rows, state.area, state.rag, state.dot, state.q, state.sort],
  );
  const key = financialQuarterKey(quarter);
  if (sections.length === 0) return <p className="image-downloads__about">No measures are shown, so there is no section to download.</p>;
  const picture = (area: string, areaRows: ScorecardRow[]) => scorecardSectionSvg(area, quarter, areaRows, data, PALETTE);
  return (
    <>
      <p className="image-downloads__about">
        A picture of each service area as shown (with the filters applied): every measure&apos;s figure, rating and direction of travel in words, for slides. PNGs
        are drawn at twice their size, so they stay sharp.
      </p>
      <ul className="image-downloads__sections">
        {sections.map(([area, areaRows]) => {
          const name = areaName(area);
          const base = `${area}-${key}-section`;
          return (
            <li key={area}>
              <p className="image-downloads__buttons">
                <button type="button" onClick={() => void run(say, `Making the ${name} picture…`, () => savePng(picture(area, areaRows), `${base}.png`))}>
                  Download {name} as PNG
                </button>
                <button type="button" onClick={() => void run(say, `Making the ${name} picture…`, () => saveSvg(picture(area, areaRows), `${base}.svg`))}>
                  Download {name} as SVG
                </button>
              </p>
              <CopyBox id={`image-section-alt-${area}`} label={`Alt text for ${name}`} text={sectionAltText(area, quarter, areaRows, PALETTE)} rows={2} say={say} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * Pictures of the view: the measure's card and chart on its page, each shown area's section on the scorecard,
 * the e-mail snapshot on performance on a page.
 */
export function ImageDownloadsPanel({ view, dataset, index, quarter, rows, openMeasure, state }: ImageDownloadsProps) {
  const [status, setStatus] = useState('');
  const { authorityName, dataDate } = dataset.settings;
  const data = useMemo<SvgSource>(() => ({ authorityName, dataDate }), [authorityName, dataDate]);
  const measureRow = view === 'measure' ? openMeasure : undefined;
  if (!measureRow && view !== 'summary' && view !== 'scorecard') return null;
  if (view === 'scorecard') {
    return (
      <div className="image-downloads">
        <h4 className="image-downloads__heading">Pictures of the scorecard sections</h4>
        <SectionPictures quarter={quarter} rows={rows} state={state} data={data} say={setStatus} />
        <p className="image-downloads__status" role="status">
          {status}
        </p>
      </div>
    );
  }
  return (
    <div className="image-downloads">
      <h4 className="image-downloads__heading">{measureRow ? 'Pictures for slides and newsletters' : 'E-mail snapshot for the newsletter'}</h4>
      {measureRow ? (
        <MeasurePictures row={measureRow} data={data} say={setStatus} />
      ) : (
        <EmailSnapshot index={index} quarter={quarter} rows={rows} data={data} say={setStatus} />
      )}
      <p className="image-downloads__status" role="status">
        {status}
      </p>
    </div>
  );
}
