import { useEffect } from 'react';
import { dragHasFiles, droppedFilesFromTransfer } from '../../data/read-dropped-files-transfer';
import type { PreviewControls } from './preview-context';

/**
 * Files dropped anywhere on the page start a preview. Without this a browser opens a dropped CSV in place of
 * the app. A drop the preview page's own drop zone has handled (default prevented) is left alone.
 */
export function useWindowDrop(enabled: boolean, start: PreviewControls['start']) {
  useEffect(() => {
    if (!enabled) return;
    const over = (event: DragEvent) => {
      if (!dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (event.defaultPrevented || !dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      start(droppedFilesFromTransfer(event.dataTransfer!));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [enabled, start]);
}
