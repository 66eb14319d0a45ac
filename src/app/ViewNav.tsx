import { ViewLink } from '../ui/navigation/ViewLink';
import { NAV_ITEMS, type View } from './views';

export function ViewNav({ current, hasActions }: { current: View; hasActions: boolean }) {
  return (
    <nav className="view-nav" aria-label="Scorecard views">
      <ul>
        {NAV_ITEMS.filter((item) => item.view !== 'actions' || hasActions).map((item) => (
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
