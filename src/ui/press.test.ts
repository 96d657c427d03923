import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { trackPress } from './press';

describe('acting once a press is over', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const page = () => {
    const target = new EventTarget();
    const send = (type: string) => target.dispatchEvent(new Event(type));
    return { press: trackPress(target), send };
  };

  it('acts at once when nothing is pressed', () => {
    const { press } = page();
    const then = vi.fn();
    press.whenOver(then);
    expect(then).toHaveBeenCalledOnce();
  });

  it('waits for the release, then for its click to be sent', () => {
    const { press, send } = page();
    const then = vi.fn();
    send('pointerdown');
    press.whenOver(then);
    expect(then).not.toHaveBeenCalled();
    send('pointerup');
    expect(then).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(then).toHaveBeenCalledOnce();
  });

  it('a cancelled press (a touch turned into a scroll) ends it too, once', () => {
    const { press, send } = page();
    const then = vi.fn();
    send('pointerdown');
    press.whenOver(then);
    send('pointercancel');
    vi.runAllTimers();
    send('pointerup');
    vi.runAllTimers();
    expect(then).toHaveBeenCalledOnce();
    press.whenOver(then);
    expect(then).toHaveBeenCalledTimes(2);
  });
});
