import { describe, expect, it } from 'vitest';

import { listWindow, scrollToCentre, scrollToShow } from './list-window';

describe('listWindow', () => {
  it('draws the rows in view and three around them', () => {
    // Scrolled to row 10 of 300, 8 rows in view: rows 10–17, and 7–9, 18–20.
    expect(listWindow(300, 540, 54, 8)).toEqual({ start: 7, end: 21 });
  });

  it('stops at the ends of the list', () => {
    expect(listWindow(300, 0, 54, 8)).toEqual({ start: 0, end: 11 });
    expect(listWindow(300, 292 * 54, 54, 8)).toEqual({ start: 289, end: 300 });
    expect(listWindow(3, 0, 54, 8)).toEqual({ start: 0, end: 3 });
    expect(listWindow(0, 0, 54, 8)).toEqual({ start: 0, end: 0 });
  });

  it('counts a row cut at the bottom as in view', () => {
    // Half of row 0 scrolled away: rows 0–8 are (partly) in view.
    expect(listWindow(300, 27, 54, 8)).toEqual({ start: 0, end: 12 });
  });
});

describe('scrollToShow', () => {
  it('leaves the list where it is when the row is in view', () => {
    expect(scrollToShow(12, 540, 54, 8)).toBe(540);
    expect(scrollToShow(17, 540, 54, 8)).toBe(540);
  });

  it('scrolls up to put a row above the view at the top', () => {
    expect(scrollToShow(9, 540, 54, 8)).toBe(486);
    expect(scrollToShow(0, 540, 54, 8)).toBe(0);
  });

  it('scrolls down to put a row below the view at the bottom', () => {
    expect(scrollToShow(18, 540, 54, 8)).toBe(594);
    expect(scrollToShow(20, 0, 54, 8)).toBe(702);
  });
});

describe('scrollToCentre', () => {
  it('opens with the row in the middle of the view', () => {
    // Rows 147–154 in view, 150 the fourth.
    expect(scrollToCentre(150, 300, 54, 8)).toBe(147 * 54);
  });

  it('opens at an end of the list when the row is near it', () => {
    expect(scrollToCentre(1, 300, 54, 8)).toBe(0);
    expect(scrollToCentre(299, 300, 54, 8)).toBe(292 * 54);
    expect(scrollToCentre(2, 5, 54, 8)).toBe(0);
    expect(scrollToCentre(-1, 300, 54, 8)).toBe(0);
  });
});
