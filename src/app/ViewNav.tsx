import { ViewLink } from '../ui/navigation/ViewLink';
import { NAV_ITEMS, type View } from './views';

export function ViewNav({ current, hasActions, showDataCheck }: { current: View; hasActions: boolean; showDataCheck: boolean }) {
  const shown = NAV_ITEMS.filter((item) => (item.view !== 'actions' || hasActions) && (item.view !== 'data-check' || showDataCheck));
  return (
    <nav className="view-nav" aria-label="Scorecard views">
      <ul>
        {shown.map((item) => (
          <li key={item.view}>
            <ViewLink to={{ view: item.view }} aria-current={item.view === current || (item.view === 'scorecard' && current === 'measure') ? 'page' : undefined}>
              {item.label}
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
