import { capitalise } from './format-value';
import { KNOWN_AREAS, type AreaSlug } from './types';

const AREA_NAMES: Record<(typeof KNOWN_AREAS)[number], string> = {
  'early-help': 'Early help',
  'social-care': "Children's social care",
  send: 'Special educational needs and disabilities (SEND)',
  'lac-sufficiency': 'Looked-after children placement sufficiency',
};

function isKnownArea(area: AreaSlug): area is (typeof KNOWN_AREAS)[number] {
  return (KNOWN_AREAS as readonly string[]).includes(area);
}

/** The four named areas have fixed display names; any other slug an officer adds reads as words. */
export function areaName(area: AreaSlug): string {
  if (isKnownArea(area)) return AREA_NAMES[area];
  const words = area.replace(/[-_.]+/g, ' ').trim();
  return capitalise(words);
}

/** The four named areas in their fixed order, then any other area in first-seen order. */
export function groupByArea<T>(items: readonly T[], areaOf: (item: T) => AreaSlug): [AreaSlug, T[]][] {
  const groups = new Map<AreaSlug, T[]>();
  for (const area of KNOWN_AREAS) groups.set(area, []);
  for (const item of items) {
    const area = areaOf(item);
    const group = groups.get(area);
    if (group) group.push(item);
    else groups.set(area, [item]);
  }
  return [...groups].filter(([, group]) => group.length > 0);
}
