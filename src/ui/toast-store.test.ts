import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createToastStore } from './toast-store';

describe('the toast', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const durations = { plain: 5_000, action: 10_000 };
  const undo = { label: 'เลิกทำ', run: () => undefined };

  it('goes after its time, a toast with an action after the longer one', () => {
    const store = createToastStore(durations);
    store.show({ message: 'บันทึกแล้ว' });
    vi.advanceTimersByTime(4_999);
    expect(store.current()?.message).toBe('บันทึกแล้ว');
    vi.advanceTimersByTime(1);
    expect(store.current()).toBeNull();

    store.show({ message: 'ลบแล้ว', action: undo });
    vi.advanceTimersByTime(9_999);
    expect(store.current()?.action).toBe(undo);
    vi.advanceTimersByTime(1);
    expect(store.current()).toBeNull();
  });

  it('stays while paused and gets its whole time again when resumed', () => {
    const store = createToastStore(durations);
    store.show({ message: 'ลบแล้ว', action: undo });
    vi.advanceTimersByTime(9_000);
    store.pause();
    vi.advanceTimersByTime(60_000);
    expect(store.current()?.message).toBe('ลบแล้ว');
    store.resume();
    vi.advanceTimersByTime(9_999);
    expect(store.current()?.message).toBe('ลบแล้ว');
    vi.advanceTimersByTime(1);
    expect(store.current()).toBeNull();
  });

  it('is replaced by the next one, whose time the old timer does not cut', () => {
    const store = createToastStore(durations);
    const listener = vi.fn();
    store.subscribe(listener);
    const first = store.show({ message: 'ลบแล้ว', action: undo });
    vi.advanceTimersByTime(4_000);
    const second = store.show({ message: 'ลบแล้ว', action: undo });
    expect(second.id).not.toBe(first.id);
    vi.advanceTimersByTime(6_000);
    expect(store.current()).toBe(second);
    store.dismiss(first.id); // an old toast's close does nothing
    expect(store.current()).toBe(second);
    store.dismiss(second.id);
    expect(store.current()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
