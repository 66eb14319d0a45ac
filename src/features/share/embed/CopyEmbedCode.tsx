import { useRef, useState } from 'react';
import { areaName } from '../../../domain/areas';
import { financialQuarterKey, financialQuarterLabel } from '../../../domain/periods';
import { DEFAULT_URL_STATE, writeUrlState } from '../../../ui/navigation/url-state';
import type { ShareContext } from '../SharePanel';
import './copy-embed.css';

type CopyEmbedCodeProps = Pick<ShareContext, 'view' | 'dataset' | 'quarter' | 'rows' | 'openMeasure' | 'state'>;

/** Escapes text for a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Heights (px) of the embed measured at a newsletter column's width (600px): one card came to 300px; an area
// runs two cards a row (12 SEND cards: 1,895px). So the frame rarely scrolls; a host page that listens for the
// frame's height message can size it exactly.
const SINGLE_HEIGHT = 320;
const FRAME_CHROME = 110;
const CARD_ROW_HEIGHT = 300;

/** The iframe snippet for the measure open, or for the scorecard's area filter; anything else has nothing to embed. */
export function embedSnippet({ view, dataset, quarter, rows, openMeasure, state }: CopyEmbedCodeProps): string | null {
  const authority = dataset.settings.authorityName ?? 'Children and Young People’s Services';
  const quarterKey = financialQuarterKey(quarter);
  let target: { measure: string } | { area: string };
  let what: string;
  let cards: number;
  if (view === 'measure' && openMeasure) {
    target = { measure: openMeasure.measure.id };
    what = `${openMeasure.measure.id} ${openMeasure.measure.title}`;
    cards = 1;
  } else if (view === 'scorecard' && state.area && rows.some((row) => row.measure.area === state.area)) {
    const area = state.area;
    target = { area };
    what = areaName(area);
    cards = rows.filter((row) => row.measure.area === area).length;
  } else {
    return null;
  }
  const src = new URL(writeUrlState({ ...DEFAULT_URL_STATE, view: 'embed', quarter: quarterKey, ...target }), window.location.href).href;
  const height = cards === 1 ? SINGLE_HEIGHT : FRAME_CHROME + Math.ceil(cards / 2) * CARD_ROW_HEIGHT;
  const title = `${authority} scorecard: ${what}, ${financialQuarterLabel(quarter)}`;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** "Embed in a web page": the iframe snippet in a read-only box, and a button that copies it. */
export function CopyEmbedCode(props: CopyEmbedCodeProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  // The address is read only when there is a snippet: never in the build's prerendered summary, which has no window.
  const snippet = embedSnippet(props);

  if (!snippet) {
    return (
      <div className="copy-embed">
        <h4 className="copy-embed__heading">Embed in a web page</h4>
        <p className="copy-embed__hint">Open a measure, or show one service area on the scorecard, to get code that embeds it in a web page such as the member newsletter.</p>
      </div>
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Embed code copied. Paste it into the web page’s HTML.');
    } catch {
      // No clipboard access (an older browser, or permission refused): select the code for the reader to copy.
      box.current?.focus();
      box.current?.select();
      setStatus('The embed code is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.');
    }
  };

  return (
    <div className="copy-embed">
      <h4 className="copy-embed__heading">Embed in a web page</h4>
      <label htmlFor="copy-embed-code">Embed code: paste it into the web page&rsquo;s HTML</label>
      <textarea id="copy-embed-code" ref={box} className="copy-embed__code" readOnly rows={4} value={snippet} onFocus={(event) => event.currentTarget.select()} />
      <p className="copy-embed__actions">
        <button type="button" onClick={() => void copy()}>
          Copy embed code
        </button>{' '}
        <span role="status" className="copy-embed__status">
          {status}
        </span>
      </p>
    </div>
  );
}
