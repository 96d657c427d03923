/**
 * After a route change, focus goes to the new page's heading (its h1 has
 * tabIndex -1), as after a full page load: a screen reader says where the
 * person now is, and the next Tab starts inside the page instead of back at
 * the top of the menu (issue 11).
 *
 * Not on the first load: there focus stays at the top, where the skip link is
 * the first stop. The first load lasts until the person first presses a key
 * or a pointer, so the app's own redirects on start (/ → /dashboard, /setup)
 * are not taken for navigation.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

const PERSON_ACTS = ['keydown', 'pointerdown'] as const;

export function useHeadingFocusOnNavigation(): void {
  const [location] = useLocation();
  const shown = useRef(location);
  const personActed = useRef(false);

  useEffect(() => {
    const mark = () => (personActed.current = true);
    for (const type of PERSON_ACTS) addEventListener(type, mark, true);
    return () => {
      for (const type of PERSON_ACTS) removeEventListener(type, mark, true);
    };
  }, []);

  useEffect(() => {
    if (location === shown.current) return;
    shown.current = location;
    const main = document.getElementById('main');
    if (!personActed.current || !main) return;
    return focusHeadingOf(main);
  }, [location]);
}

/**
 * Focuses the page's h1 now or once it appears (a page loaded on demand
 * shows a fallback first), and again if the page replaces it, until the
 * person acts; returns the function that stops watching.
 */
function focusHeadingOf(main: HTMLElement): () => void {
  const focusIfLost = () => {
    const lost =
      !document.activeElement || document.activeElement === document.body;
    // The first h1 that can take focus: a page being replaced may still
    // hold its old, hidden one.
    if (lost) {
      for (const heading of main.querySelectorAll('h1')) {
        heading.focus();
        if (document.activeElement === heading) return;
      }
    }
  };
  const observer = new MutationObserver(focusIfLost);
  const stop = () => {
    observer.disconnect();
    for (const type of PERSON_ACTS) removeEventListener(type, stop, true);
  };
  // Whatever held focus (the link followed) is gone or elsewhere: start over.
  (document.activeElement as HTMLElement | null)?.blur();
  focusIfLost();
  observer.observe(main, { childList: true, subtree: true });
  for (const type of PERSON_ACTS) addEventListener(type, stop, true);
  return stop;
}
