import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, SETTLE_MS } from '../../../src/ui/after-paint.js';
import { lazyModule } from '../../../src/ui/lazy-module.js';

describe('a module loaded on first use', () => {
  it('loads once, and shows what loaded as a signal', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const lazy = lazyModule(importer);
    expect(lazy.current.value).toBeNull();
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).toBe(second);
    expect(lazy.current.value).toBe(first);
    await lazy.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const importer = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ answer: 42 });
    const lazy = lazyModule(importer);
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.current.value).toBeNull();
    await expect(lazy.load()).resolves.toEqual({ answer: 42 });
    expect(lazy.current.value).toEqual({ answer: 42 });
  });
});

describe('work after the first paint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the next frame, the settling time and an idle moment, in that order', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBeGreaterThan(0);
      return idle.push(callback);
    });
    const work = vi.fn();
    afterFirstPaint(work);
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(idle).toHaveLength(0);
    frames.shift()?.();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(idle).toHaveLength(1);
    expect(work).not.toHaveBeenCalled();
    idle.shift()?.();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs without frames or idle callbacks (no window), after the settling time', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', undefined);
    vi.stubGlobal('requestIdleCallback', undefined);
    const work = vi.fn();
    afterFirstPaint(work);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
