/**
 * Whether a pointer (a mouse button, a finger, a pen) is pressed on the page,
 * and a way to act once the press is over. A field left by pressing a
 * button (Save) waits with what leaving it changes (its message, its value
 * in words) until the press has become a click: were the page to move
 * under the pointer between press and release, the click would miss the
 * button (issue 13; docs/decisions.md "Issue 13: forms").
 */
export interface Press {
  /** Runs `then` now, or just after the press that is on ends (its click included). */
  whenOver: (then: () => void) => void;
}

export function trackPress(target: EventTarget): Press {
  let pressed = false;
  let waiting: (() => void)[] = [];
  const release = () => {
    pressed = false;
    const due = waiting;
    waiting = [];
    // After the click, which the browser sends right after the release,
    // at the place the release was.
    if (due.length > 0) setTimeout(() => due.forEach((then) => then()), 0);
  };
  target.addEventListener('pointerdown', () => (pressed = true), true);
  target.addEventListener('pointerup', release, true);
  target.addEventListener('pointercancel', release, true);
  return {
    whenOver: (then) => {
      if (pressed) waiting.push(then);
      else then();
    },
  };
}

/** The page's press; in a test without a page, none is ever on. */
export const press: Press =
  typeof document === 'undefined'
    ? { whenOver: (then) => then() }
    : trackPress(document);
