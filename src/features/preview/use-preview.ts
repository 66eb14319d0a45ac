import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchDataFolder } from '../../data/fetch-data-folder';
import type { DroppedFiles } from '../../data/read-dropped-files';
import { previewDroppedFiles } from '../../data/read-dropped-files-preview';
import type { Dataset } from '../../domain/types';
import type { Preview, PreviewControls, PreviewStatus } from './preview-context';

/** Where focus goes after the data shown changes: the view's heading, or the banner's when there is no view. */
function focusHeading() {
  (document.getElementById('view-heading') ?? document.getElementById('preview-banner-heading'))?.focus();
}

/**
 * The preview's state, held by the app: files read and parsed here in the browser (the published data is fetched
 * only to fill in files not dropped). `onShown` runs once a preview is ready, e.g. to open the right view.
 */
export function usePreview(baseUrl: string, onShown: (dataset: Dataset) => void): PreviewControls {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [status, setStatus] = useState<PreviewStatus>({ state: 'idle' });
  const [focusRequest, setFocusRequest] = useState(0);
  // A newer drop wins over one still being read.
  const run = useRef(0);
  const shown = useRef(onShown);
  shown.current = onShown;

  useEffect(() => {
    if (focusRequest > 0) focusHeading();
  }, [focusRequest]);

  const start = useCallback(
    (dropped: DroppedFiles | Promise<DroppedFiles>) => {
      const id = ++run.current;
      const current = () => id === run.current;
      setStatus({ state: 'reading', progress: null });
      Promise.resolve(dropped)
        .then((files) =>
          previewDroppedFiles(files, {
            fetchPublished: () => fetchDataFolder(baseUrl),
            onProgress: (progress) => current() && setStatus({ state: 'reading', progress }),
          }),
        )
        .then((result) => {
          if (!current()) return;
          if (result.kind === 'nothing') {
            setStatus({ state: 'nothing', problems: result.problems });
            return;
          }
          setPreview({ dataset: result.dataset, read: result.read, fromPublished: result.fromPublished });
          setStatus({ state: 'idle' });
          shown.current(result.dataset);
          setFocusRequest((count) => count + 1);
        })
        .catch((error: unknown) => {
          if (current()) setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        });
    },
    [baseUrl],
  );

  const end = useCallback(() => {
    run.current++;
    setPreview(null);
    setStatus({ state: 'idle' });
    setFocusRequest((count) => count + 1);
  }, []);

  return useMemo(() => ({ preview, status, start, end }), [preview, status, start, end]);
}
