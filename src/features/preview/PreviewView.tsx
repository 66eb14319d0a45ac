import { useState, type DragEvent } from 'react';
import { CONTRACT_FILE_NAMES } from '../../data/contract-files';
import { formatProblem } from '../../data/format-problem';
import { droppedFilesFromList } from '../../data/read-dropped-files';
import { dragHasFiles, droppedFilesFromTransfer } from '../../data/read-dropped-files-transfer';
import { usePreviewControls, type PreviewStatus } from './preview-context';
import { listInWords } from '../../domain/list-in-words';
import './preview.css';

/** The officers' page for checking next quarter's files: what to do, a drop zone and the file pickers. */
export function PreviewView() {
  const { preview, status, start } = usePreviewControls();
  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!dragHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    if (!dragHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    start(droppedFilesFromTransfer(event.dataTransfer));
  };
  const onPick = (input: HTMLInputElement) => {
    if (input.files && input.files.length > 0) start(droppedFilesFromList(input.files));
    // Cleared, so choosing the same files again (after fixing them) reads them again.
    input.value = '';
  };
  return (
    <div className="preview-page">
      <p>
        See the scorecard exactly as members would with next quarter’s files, before they are published.{' '}
        <strong>Nothing leaves this computer:</strong> your browser reads the files and nothing is uploaded anywhere.
      </p>
      <h3>What to do</h3>
      <ol>
        <li>
          Save each file as <strong>CSV UTF-8</strong> with its scorecard name: {listInWords(CONTRACT_FILE_NAMES)}.
        </li>
        <li>
          Drop the folder or the files on the box below, or choose them. You can choose just the files that changed: if
          measures.csv is not among them, the other files are taken from the published scorecard.
        </li>
        <li>Read the data check and what changed, then look through the scorecard as members would.</li>
        <li>Fix the files and choose them again until they are right. “Back to the published scorecard”, or reloading the page, ends the preview.</li>
      </ol>
      {preview && (
        <p className="notice">You are previewing files from this computer now. Choose other files to replace them.</p>
      )}
      <div className={dragging ? 'preview-drop preview-drop--active' : 'preview-drop'} onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <p className="preview-drop__title">Drop a folder or CSV files here</p>
        <p>or</p>
        <div className="preview-drop__pickers">
          <label>
            <span className="preview-drop__label">Choose CSV files</span>
            <input type="file" multiple accept=".csv,text/csv" onChange={(event) => onPick(event.currentTarget)} />
          </label>
          <label>
            <span className="preview-drop__label">Or choose a folder</span>
            <input
              type="file"
              ref={(input) => {
                if (input) input.webkitdirectory = true;
              }}
              onChange={(event) => onPick(event.currentTarget)}
            />
          </label>
        </div>
      </div>
      <PreviewStatusMessage status={status} />
    </div>
  );
}

function PreviewStatusMessage({ status }: { status: PreviewStatus }) {
  return (
    <div className="preview-status" role="status" aria-live="polite">
      {status.state === 'reading' && <ReadingMessage status={status} />}
      {status.state === 'nothing' && (
        <div className="fatal">
          <p>
            None of these files is one of the scorecard’s files, so there is nothing to preview. The files must be called{' '}
            {listInWords(CONTRACT_FILE_NAMES)}.
          </p>
          <ul>
            {status.problems.map((problem, index) => (
              <li key={index}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.state === 'failed' && <p className="fatal">The files could not be read: {status.message}. Try choosing them again.</p>}
    </div>
  );
}

function ReadingMessage({ status }: { status: Extract<PreviewStatus, { state: 'reading' }> }) {
  const progress = status.progress;
  const what = !progress
    ? 'Reading your files'
    : progress.stage === 'reading'
      ? `Reading ${progress.file} from this computer`
      : progress.stage === 'published'
        ? 'Fetching the published files you did not choose'
        : `Checking ${progress.file}`;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      <p>{what}…</p>
      <progress max={100} value={percent} aria-label="Reading the files">
        {percent}%
      </progress>
    </>
  );
}
