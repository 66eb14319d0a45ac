// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

describe('useAfterFirstPaint', () => {
  it('is true at once when there is little to draw', () => {
    expect(renderHook(() => useAfterFirstPaint('CSC04', true)).result.current).toBe(true);
  });

  it('is false for the first render and true just after, and false again for a new key', async () => {
    const seen: boolean[] = [];
    const { result, rerender } = renderHook(({ key }) => {
      const ready = useAfterFirstPaint(key, false);
      seen.push(ready);
      return ready;
    }, { initialProps: { key: 'EH01' } });
    expect(seen[0]).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    rerender({ key: 'EH02' });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });
});
