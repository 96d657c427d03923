import fc from 'fast-check';
import { describe, it, expect } from 'vitest';

import {
  createRecord,
  deleteRecord,
  isRev,
  isRevChain,
  isUnchanged,
  REVS_LIMIT,
  revGeneration,
  revHash,
  reviseRecord,
} from './revision';
import type { Content } from './revision';
import type { Revisioned } from './types';

interface Note extends Revisioned {
  title: string;
  tags: string[];
}

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-02T00:00:00.000Z';
const T2 = '2025-01-03T00:00:00.000Z';
const content: Content<Note> = { title: 'มาตรการ', tags: ['a'] };
const first = () => createRecord<Note>(content, 'id-1', T0);

/** Revises `record` n times, each edit a different title. */
function reviseTimes(record: Note, n: number): Note {
  let current = record;
  for (let i = 0; i < n; i++) {
    current = reviseRecord(current, { title: `edit ${i}` }, T1);
  }
  return current;
}

describe('rev helpers', () => {
  it.each<[string, boolean]>([
    [`1-${'a'.repeat(32)}`, true],
    [`12-${'0123456789abcdef'.repeat(2)}`, true],
    [`0-${'a'.repeat(32)}`, false],
    [`1-${'A'.repeat(32)}`, false],
    [`1-${'a'.repeat(31)}`, false],
    [`${Number.MAX_SAFE_INTEGER}-${'a'.repeat(32)}`, true],
    // Past a safe integer a generation is read wrongly: no rev at all.
    [`9007199254740992-${'a'.repeat(32)}`, false],
    [`${'9'.repeat(400)}-${'a'.repeat(32)}`, false],
    ['1-abc', false],
    ['', false],
  ])('isRev(%j) is %s', (rev, expected) => {
    expect(isRev(rev)).toBe(expected);
    if (expected) {
      expect(revGeneration(rev)).toBe(Number(rev.split('-')[0]));
      expect(revHash(rev)).toBe(rev.split('-')[1]);
    } else {
      expect(() => revGeneration(rev)).toThrow();
    }
  });
});

describe('a rev past the largest safe generation', () => {
  it('is never made by an edit: the edit fails instead', () => {
    const last = {
      ...first(),
      rev: `${Number.MAX_SAFE_INTEGER}-${'a'.repeat(32)}`,
    };
    expect(() => reviseRecord(last, { title: 'ต่อ' }, T1)).toThrow();
  });
});

describe('isRevChain', () => {
  const rev = (generation: number, hex: string) =>
    `${generation}-${hex.repeat(32)}`;
  it.each<[string, string, string[], boolean]>([
    ['a first revision', rev(1, 'a'), [], true],
    [
      'parent first, consecutive',
      rev(3, 'c'),
      [rev(2, 'b'), rev(1, 'a')],
      true,
    ],
    ['cut short (CouchDB stems too)', rev(9, 'c'), [rev(8, 'b')], true],
    [
      'two revs of one generation',
      rev(3, 'c'),
      [rev(2, 'b'), rev(2, 'd')],
      false,
    ],
    ['a generation left out', rev(4, 'c'), [rev(3, 'b'), rev(1, 'a')], false],
    [
      'a parent that is not one generation below',
      rev(3, 'c'),
      [rev(1, 'a')],
      false,
    ],
    ['oldest first', rev(3, 'c'), [rev(1, 'a'), rev(2, 'b')], false],
    ['not a rev', rev(2, 'c'), ['1-abc'], false],
  ])('%s: %s', (_name, head, revs, expected) => {
    expect(isRevChain(head, revs)).toBe(expected);
  });

  it('allows at most REVS_LIMIT ancestors', () => {
    const chain = (n: number) =>
      Array.from({ length: n }, (_, i) => rev(n - i, 'a'));
    expect(isRevChain(rev(REVS_LIMIT + 1, 'b'), chain(REVS_LIMIT))).toBe(true);
    expect(isRevChain(rev(REVS_LIMIT + 2, 'b'), chain(REVS_LIMIT + 1))).toBe(
      false,
    );
  });
});

describe('createRecord', () => {
  it('starts at generation 1 with no ancestors', () => {
    const record = first();
    expect(isRev(record.rev)).toBe(true);
    expect(revGeneration(record.rev)).toBe(1);
    expect(record).toMatchObject({
      id: 'id-1',
      revs: [],
      createdAt: T0,
      updatedAt: T0,
      title: 'มาตรการ',
    });
    expect(record.deleted).toBeUndefined();
  });

  it.each<[string, Content<Note>, string, string, boolean]>([
    ['same content, other id and time', content, 'id-2', T1, true],
    [
      'same content, keys reordered',
      { tags: ['a'], title: 'มาตรการ' },
      'id-1',
      T0,
      true,
    ],
    ['other content', { title: 'อื่น', tags: ['a'] }, 'id-1', T0, false],
  ])('hash is deterministic: %s', (_name, other, id, now, same) => {
    const rev = createRecord<Note>(other, id, now).rev;
    expect(rev === first().rev).toBe(same);
  });
});

describe('reviseRecord', () => {
  it('increments the generation, keeps id and createdAt, lists the parent first', () => {
    const parent = first();
    const child = reviseRecord(parent, { title: 'ใหม่' }, T1);
    expect(revGeneration(child.rev)).toBe(2);
    expect(child.rev).not.toBe(parent.rev);
    expect(child).toMatchObject({
      id: 'id-1',
      createdAt: T0,
      updatedAt: T1,
      title: 'ใหม่',
      tags: ['a'],
    });
    expect(child.revs).toEqual([parent.rev]);
    const grandchild = reviseRecord(child, { tags: [] }, T2);
    expect(grandchild.revs).toEqual([child.rev, parent.rev]);
  });

  it.each([
    [1, 1],
    [REVS_LIMIT - 1, REVS_LIMIT - 1],
    [REVS_LIMIT, REVS_LIMIT],
    [REVS_LIMIT + 1, REVS_LIMIT],
    [REVS_LIMIT + 20, REVS_LIMIT],
  ])('after %i edits keeps %i ancestors, newest first', (edits, kept) => {
    const record = reviseTimes(first(), edits);
    expect(revGeneration(record.rev)).toBe(edits + 1);
    expect(record.revs).toHaveLength(kept);
    const generations = record.revs.map(revGeneration);
    expect(generations[0]).toBe(edits);
    expect(generations).toEqual([...generations].sort((a, b) => b - a));
  });

  it('keeps revs one chain of consecutive generations, whatever the edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('edit', 'delete', 'restore'), {
          maxLength: REVS_LIMIT + 10,
        }),
        (steps) => {
          let record = first();
          for (const step of steps) {
            const before = record;
            record =
              step === 'delete'
                ? deleteRecord(record, T1)
                : reviseRecord(
                    record,
                    step === 'edit' ? { title: step } : {},
                    T1,
                  );
            expect(record.revs[0]).toBe(before.rev);
            expect(isRevChain(record.rev, record.revs)).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives the same rev for the same edit from the same parent on two machines', () => {
    const onA = reviseRecord(first(), { title: 'ใหม่' }, T1);
    const onB = reviseRecord(first(), { title: 'ใหม่' }, T2);
    expect(onA.rev).toBe(onB.rev);
    const differentEdit = reviseRecord(first(), { title: 'อื่น' }, T1);
    expect(differentEdit.rev).not.toBe(onA.rev);
  });

  it('gives different revs for the same content from different parents', () => {
    const viaOne = reviseRecord(
      reviseRecord(first(), { title: 'x' }, T1),
      { title: 'y' },
      T2,
    );
    const viaOther = reviseRecord(
      reviseRecord(first(), { title: 'z' }, T1),
      { title: 'y' },
      T2,
    );
    expect(viaOne.rev).not.toBe(viaOther.rev);
  });
});

describe('deleteRecord', () => {
  it('makes a tombstone revision', () => {
    const record = first();
    const tombstone = deleteRecord(record, T1);
    expect(tombstone.deleted).toBe(true);
    expect(revGeneration(tombstone.rev)).toBe(2);
    expect(tombstone.revs).toEqual([record.rev]);
    expect(tombstone.title).toBe(record.title);
    expect(tombstone.updatedAt).toBe(T1);
  });

  it('differs from an unchanged live revision', () => {
    const record = first();
    expect(deleteRecord(record, T1).rev).not.toBe(
      reviseRecord(record, {}, T1).rev,
    );
  });

  it('is undone by a later revision', () => {
    const revived = reviseRecord(deleteRecord(first(), T1), {}, T2);
    expect(revived.deleted).toBeUndefined();
    expect(revGeneration(revived.rev)).toBe(3);
  });
});

describe('isUnchanged', () => {
  it.each<[string, Partial<Content<Note>>, boolean]>([
    ['no changes', {}, true],
    ['same title', { title: 'มาตรการ' }, true],
    ['same tags, new array', { tags: ['a'] }, true],
    ['other title', { title: 'อื่น' }, false],
    ['other tags', { tags: ['a', 'b'] }, false],
  ])('%s → %s', (_name, changes, expected) => {
    expect(isUnchanged(first(), changes)).toBe(expected);
  });

  it('is false for a tombstone, so editing one revives it', () => {
    expect(isUnchanged(deleteRecord(first(), T1), {})).toBe(false);
  });
});
