// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgressiveCount } from './use-progressive-count';

describe('useProgressiveCount', () => {
  it('draws a short list at once', () => {
    const { result } = renderHook(() => useProgressiveCount(51, 'q3'));
    expect(result.current).toBe(51);
  });

  it('draws the first rows of a long list at once and the rest in steps, until all are drawn', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const count = useProgressiveCount(1000, 'q3', { first: 60, step: 300 });
      seen.push(count);
      return count;
    });
    expect(seen[0]).toBe(60);
    await waitFor(() => expect(result.current).toBe(1000));
    // 60, then +300 per step: 360, 660, 960, capped at 1000.
    expect([...new Set(seen)]).toEqual([60, 360, 660, 960, 1000]);
  });

  it('starts again from the first rows when the list changes (a new quarter or filter)', async () => {
    const { result, rerender } = renderHook(({ key }) => useProgressiveCount(1000, key, { first: 60, step: 500 }), {
      initialProps: { key: 'q3' },
    });
    await waitFor(() => expect(result.current).toBe(1000));
    act(() => rerender({ key: 'q2' }));
    expect(result.current).toBe(60);
    await waitFor(() => expect(result.current).toBe(1000));
  });

  it('draws only `initial` rows when the list is first drawn, then all; a change later draws `first` at once', async () => {
    const { result, rerender } = renderHook(({ key }) => useProgressiveCount(51, key, { first: 51, initial: 10 }), { initialProps: { key: 'q3' } });
    expect(result.current).toBe(10);
    await waitFor(() => expect(result.current).toBe(51));
    act(() => rerender({ key: 'q2' }));
    expect(result.current).toBe(51);
  });

  it('steps by `initialStep` up to `first` on the first drawing, and by `step` beyond it', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ key, total }) => {
        const count = useProgressiveCount(total, key, { first: 45, initial: 10, initialStep: 10, step: 120 });
        seen.push(count);
        return count;
      },
      { initialProps: { key: 'q3', total: 45 } },
    );
    await waitFor(() => expect(result.current).toBe(45));
    expect([...new Set(seen)]).toEqual([10, 20, 30, 40, 45]);
    // Beyond `first` (rows leaving after a filter change), the large steps: 45, then 165, capped at 200.
    seen.length = 0;
    act(() => rerender({ key: 'q2', total: 200 }));
    await waitFor(() => expect(result.current).toBe(200));
    expect([...new Set(seen)]).toEqual([45, 165, 200]);
  });
});
