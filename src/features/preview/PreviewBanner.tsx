import { ViewLink } from '../../ui/navigation/ViewLink';
import { usePreviewControls } from './preview-context';
import { countProblems } from '../../data/format-problem';
import { listInWords, plural } from '../../domain/list-in-words';
import './preview.css';


/**
 * While files from the officer's computer are shown: on every view, printed too, a heading (not colour alone)
 * saying this is not the published scorecard, which files it is, and the way back.
 */
export function PreviewBanner() {
  const { preview, end } = usePreviewControls();
  if (!preview) return null;
  const { dataset, read, fromPublished } = preview;
  const { errors, warnings } = countProblems(dataset.problems);
  const first = fromPublished[0];
  return (
    <section className="preview-banner" aria-labelledby="preview-banner-heading" data-preview="true">
      <h2 id="preview-banner-heading" className="preview-banner__heading" tabIndex={-1}>
        Preview - not published
      </h2>
      <p>
        You are looking at files from your computer: <strong>{listInWords(read.map(({ path }) => path))}</strong>. Nothing has been uploaded.
        {first && (
          <>
            {' '}
            {fromPublished.length === 1 ? `${first} is the published one` : `${first} and ${plural(fromPublished.length - 1, 'other file')} are the published ones`}
            , because measures.csv was not among your files.
          </>
        )}
      </p>
      <ul className="preview-banner__links">
        <li>
          <ViewLink to={{ view: 'data-check' }}>
            Data check: {plural(errors, 'error')}, {plural(warnings, 'warning')}
          </ViewLink>
        </li>
        <li>
          <ViewLink to={{ view: 'changes' }}>What changed</ViewLink>
        </li>
        <li>
          <button type="button" onClick={end}>
            Back to the published scorecard
          </button>
        </li>
      </ul>
      <p className="preview-banner__help">
        Members cannot see this preview. It ends when you reload the page; links you copy open the published scorecard, and
        anything you download or print now is made from your files.
      </p>
    </section>
  );
}
