import { describe, expect, it } from 'vitest';

import type { RecordVersion } from '@/db/history';
import { deleteRecord, reviseRecord } from '@/domain/revision';
import type { Measure } from '@/domain/types';
import { makeMeasure } from '@/testing/records';

import { versionViews } from './version-views';

const T = (day: number) =>
  `2025-01-${String(day).padStart(2, '0')}T02:00:00.000Z`;

/** One version as the history lists it; `record: undefined` when not kept. */
function version(
  record: Measure,
  options: Partial<RecordVersion<'measures'>> = {},
): RecordVersion<'measures'> {
  return {
    rev: record.rev,
    ...(record.revs[0] ? { replaced: record.revs[0] } : {}),
    deleted: !!record.deleted,
    state: 'replaced',
    at: record.updatedAt,
    cause: 'edit',
    source: { from: 'device' },
    record,
    ...options,
  };
}

const v1 = makeMeasure('m-1', 'o-1', 'หนึ่ง');
const v2 = reviseRecord(
  v1,
  { title: 'สอง', evidence: ['https://a.go.th'] },
  T(2),
);
const moved = reviseRecord(v2, { order: 3.5 }, T(3));

describe('versionViews: what each version of a record shows', () => {
  it('an edit shows the fields changed from the version it replaced; the first, what it held', () => {
    const views = versionViews('measures', [
      version(v2, { state: 'current' }),
      version(v1),
    ]);
    expect(views.map((v) => v.event)).toEqual(['edited', 'created']);
    expect(views[0]?.shows).toEqual({
      kind: 'changes',
      changes: [
        { field: 'evidence', before: [], after: ['https://a.go.th'] },
        { field: 'title', before: 'หนึ่ง', after: 'สอง' },
      ],
    });
    // The first version: what it held, without where it stands (office, place).
    const first = views[1]?.shows;
    expect(first?.kind).toBe('content');
    const fields =
      first?.kind === 'content' ? first.changes.map((c) => c.field) : [];
    expect(fields).toContain('title');
    expect(fields).not.toContain('officeId');
    expect(fields).not.toContain('order');
    expect(first).toMatchObject({ previousDropped: false });
  });

  it('a move is a change of place; "use this version" is offered only where it changes what is shown', () => {
    const views = versionViews('measures', [
      version(moved, { state: 'current' }),
      version(v2),
      version(v1),
    ]);
    expect(views[0]?.shows).toEqual({
      kind: 'changes',
      changes: [{ field: 'order', before: 1, after: 3.5 }],
    });
    // v2 holds what is shown (only the place differs, which a restore keeps).
    expect(views.map((v) => v.restorable)).toEqual([false, false, true]);
  });

  it('a version whose content is no longer kept says so; the one after it shows all it holds', () => {
    const views = versionViews('measures', [
      version(v2, { state: 'current' }),
      { ...version(v1), record: undefined },
    ]);
    expect(views[1]).toMatchObject({
      shows: { kind: 'dropped' },
      restorable: false,
    });
    expect(views[0]?.shows).toMatchObject({
      kind: 'content',
      previousDropped: true,
    });
  });

  it('a delete, then a restore: the restore names the version it brought back; every live older version can be used', () => {
    const gone = deleteRecord(v2, T(4));
    const back = reviseRecord(gone, {}, T(5));
    const views = versionViews('measures', [
      version(back, { state: 'current', cause: 'restore' }),
      version(gone),
      version(v2),
      version(v1),
    ]);
    expect(views.map((v) => v.event)).toEqual([
      'restored',
      'deleted',
      'edited',
      'created',
    ]);
    expect(views[0]?.shows).toEqual({ kind: 'changes', changes: [] });
    expect(views[0]?.sameAs?.rev).toBe(v2.rev);
    expect(views[1]?.shows).toEqual({ kind: 'deleted' });
    expect(views.map((v) => v.restorable)).toEqual([false, false, false, true]);

    // While deleted, every kept live version can bring it back.
    const deleted = versionViews('measures', [
      version(gone, { state: 'current' }),
      version(v2),
      version(v1),
    ]);
    expect(deleted.map((v) => v.restorable)).toEqual([false, true, true]);
  });

  it('a version first received here from a file, made from one never seen, reads as received', () => {
    const [view] = versionViews('measures', [
      version(v2, {
        state: 'current',
        cause: 'import',
        replaced: undefined,
      }),
    ]);
    expect(view?.event).toBe('received');
    expect(view?.shows).toMatchObject({
      kind: 'content',
      previousDropped: false,
    });
  });

  it('a version kept in conflict is not offered for use here (the conflict screen chooses)', () => {
    const apart = reviseRecord(v1, { title: 'ที่อื่น' }, T(2));
    const views = versionViews('measures', [
      version(v2, { state: 'current' }),
      version(apart, { state: 'conflict', cause: 'import' }),
      version(v1),
    ]);
    expect(views.map((v) => v.restorable)).toEqual([false, false, true]);
  });
});
