import { describe, expect, it } from 'vitest';

import { duplicateNumbers, linkProblem } from './checks';
import {
  defaultItems,
  frameworkOf,
  FRAMEWORKS,
  type OitFramework,
} from './framework';

describe('the shipped OIT frameworks', () => {
  it('each says where it comes from, numbers each item once and names known documents', () => {
    for (const f of FRAMEWORKS) {
      expect(f.source.length).toBeGreaterThan(40);
      expect(duplicateNumbers(f.items)).toEqual(new Set());
      for (const item of f.items) {
        expect(item.title).not.toBe('');
        expect(item.asks).not.toBe('');
        for (const d of item.documents)
          expect([
            'announcement',
            'six-month-report',
            'annual-report',
          ]).toContain(d);
      }
    }
  });

  it('applies the newest framework that began on or before the year', () => {
    const older: OitFramework = {
      ...FRAMEWORKS[0]!,
      fromFiscalYear: 2566,
      framework: 'old',
    };
    const newer: OitFramework = {
      ...FRAMEWORKS[0]!,
      fromFiscalYear: 2570,
      framework: 'new',
    };
    const all = [older, newer];
    expect(frameworkOf(2565, all)).toBeUndefined();
    expect(frameworkOf(2567, all)?.framework).toBe('old');
    expect(frameworkOf(2571, all)?.framework).toBe('new');
  });

  it("makes an office's items of a year from the data: no published link yet", () => {
    const f = frameworkOf(2568)!;
    const items = defaultItems(f, 'o1', 2568);
    expect(items).toHaveLength(f.items.length);
    for (const item of items) {
      expect(item).toMatchObject({
        officeId: 'o1',
        fiscalYear: 2568,
        links: [],
        measureIds: [],
      });
      for (const d of item.documents) expect(linkProblem(d.url)).toBe('empty');
    }
    expect(items.map((i) => i.number)).toEqual(f.items.map((i) => i.number));
  });
});
