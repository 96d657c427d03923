import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { reviseRecord } from '@/domain/revision';
import { anyRecordArb } from '@/testing/record-arbitraries';
import { editTitle, makeMeasure } from '@/testing/records';

import { fromCouchDoc, toCouchDoc } from './couch-doc';
import { recordSchemas } from './record-schemas';

describe('a record as a CouchDB document', () => {
  it('maps rev, revs and deleted to _rev, _revisions and _deleted', () => {
    const first = makeMeasure('m-1');
    const second = editTitle(first, 'สอง');
    const third = reviseRecord(second, {}, '2025-02-01T00:00:00.000Z', {
      deleted: true,
    });
    const { id, rev, revs, deleted, ...fields } = third;
    void [id, revs, deleted];
    expect(toCouchDoc('measures', third)).toEqual({
      ...fields,
      _id: 'measures:m-1',
      _rev: rev,
      _revisions: {
        start: 3,
        ids: [third.rev, second.rev, first.rev].map((r) => r.slice(2)),
      },
      _deleted: true,
    });
    expect(toCouchDoc('measures', first)).not.toHaveProperty('_deleted');
  });

  it('goes there and back unchanged, through JSON too, for every kind of record', () => {
    fc.assert(
      fc.property(anyRecordArb, ({ kind, record }) => {
        // The generated record is one the app accepts.
        expect(recordSchemas[kind].safeParse(record).success).toBe(true);
        const doc = toCouchDoc(kind, record);
        expect(doc._id).toBe(`${kind}:${record.id}`);
        expect(doc._revisions.ids).toHaveLength(record.revs.length + 1);
        for (const hash of doc._revisions.ids)
          expect(hash).toMatch(/^[0-9a-f]{32}$/);
        expect(`${doc._revisions.start}-${doc._revisions.ids[0]}`).toBe(
          record.rev,
        );
        // CouchDB reserves the leading underscore for its own fields.
        expect(
          Object.keys(doc)
            .filter((k) => k.startsWith('_'))
            .sort(),
        ).toEqual(
          [
            '_id',
            '_rev',
            '_revisions',
            ...(record.deleted === undefined ? [] : ['_deleted']),
          ].sort(),
        );
        const back = fromCouchDoc(JSON.parse(JSON.stringify(doc)));
        expect(back).toEqual({ kind, record });
        // Keys in the stored order too: the same canonical text.
        expect(JSON.stringify(back.record)).toBe(JSON.stringify(record));
      }),
      { numRuns: 300 },
    );
  });

  it('has no document for a record whose revs is not one chain', () => {
    const measure = makeMeasure();
    const mixed = {
      ...editTitle(editTitle(measure, 'ก'), 'ข'),
      revs: [`2-${'a'.repeat(32)}`, `2-${'b'.repeat(32)}`, measure.rev],
    };
    expect(() => toCouchDoc('measures', mixed)).toThrow(/one chain/);
  });

  it('refuses a document no record maps from', () => {
    const doc = toCouchDoc('measures', makeMeasure());
    expect(() => fromCouchDoc({ ...doc, _id: 'design:x' })).toThrow();
    expect(() => fromCouchDoc({ ...doc, _id: 'no-kind' })).toThrow();
    expect(() =>
      fromCouchDoc({ ...doc, _rev: `2-${doc._revisions.ids[0]}` }),
    ).toThrow(/_revisions/);
  });
});
