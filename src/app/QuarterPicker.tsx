import { useId } from 'react';
import { financialQuarterKey, financialQuarterLabel } from '../domain/periods';
import type { FinancialQuarter } from '../domain/types';
import { useHydrated } from '../ui/use-hydrated';

export function QuarterPicker({
  quarters,
  selected,
  onSelect,
}: {
  quarters: readonly FinancialQuarter[];
  selected: FinancialQuarter;
  onSelect: (key: string) => void;
}) {
  const id = useId();
  // Choosing a quarter needs the app: disabled in the prerendered page until it runs.
  const hydrated = useHydrated();
  return (
    <div className="quarter-picker">
      <label htmlFor={id}>Quarter</label>
      <select id={id} disabled={!hydrated} value={financialQuarterKey(selected)} onChange={(event) => onSelect(event.target.value)}>
        {[...quarters].reverse().map((quarter) => (
          <option key={financialQuarterKey(quarter)} value={financialQuarterKey(quarter)}>
            {financialQuarterLabel(quarter)}
          </option>
        ))}
      </select>
    </div>
  );
}
