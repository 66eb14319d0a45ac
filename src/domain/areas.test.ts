import { describe, expect, it } from 'vitest';
import { areaName, groupByArea } from './areas';

describe('areaName', () => {
  it('gives the four named areas their fixed display names', () => {
    expect(areaName('early-help')).toBe('Early help');
    expect(areaName('lac-sufficiency')).toBe('Looked-after children placement sufficiency');
  });

  it('turns any other slug into words', () => {
    expect(areaName('youth-justice')).toBe('Youth justice');
  });
});

describe('groupByArea', () => {
  it('orders the named areas first in their fixed order, then other areas as first seen, and drops empty areas', () => {
    const items = [
      { id: 'YJ1', area: 'youth-justice' },
      { id: 'S1', area: 'send' },
      { id: 'EH1', area: 'early-help' },
      { id: 'Z1', area: 'adoption' },
      { id: 'S2', area: 'send' },
    ];
    const grouped = groupByArea(items, (item) => item.area).map(([area, group]) => [area, group.map((item) => item.id)]);
    expect(grouped).toEqual([
      ['early-help', ['EH1']],
      ['send', ['S1', 'S2']],
      ['youth-justice', ['YJ1']],
      ['adoption', ['Z1']],
    ]);
  });
});
