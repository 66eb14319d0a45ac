import { ViewLink } from '../../ui/navigation/ViewLink';
import './preview.css';

/** On every view, for officers: the way to the preview page. */
export function PreviewFooter() {
  return (
    <footer className="site-footer">
      <p>
        For officers: <ViewLink to={{ view: 'preview' }}>Preview new data files</ViewLink> to check next quarter’s files on this
        computer before they are published.
      </p>
    </footer>
  );
}
