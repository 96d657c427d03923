import { describe, expect, it } from 'vitest';

import { changedFields, sameContent } from './record-diff';
import { createRecord, deleteRecord, reviseRecord } from './revision';
import type { Measure, Office } from './types';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-02T00:00:00.000Z';

const measure = createRecord<Measure>(
  {
    officeId: 'o-1',
    fiscalYear: 2568,
    order: 1,
    title: 'เปิดเผยข้อมูล',
    methods: ['ประชุม', 'ประกาศ'],
    period: { kind: 'fiscal-year' },
    allUnits: false,
    unitIds: ['u-1'],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
  },
  'm-1',
  T0,
);

describe('changedFields: what changed from the version replaced', () => {
  it('names each field whose value differs, with its old and new value', () => {
    const edited = reviseRecord(
      measure,
      {
        title: 'เปิดเผยข้อมูลสาธารณะ',
        methods: ['ประชุม', 'ประกาศ', 'รายงาน'],
        period: { kind: 'months', from: '2024-10', to: '2025-03' },
      },
      T1,
    );
    expect(changedFields(measure, edited)).toEqual([
      {
        field: 'methods',
        before: ['ประชุม', 'ประกาศ'],
        after: ['ประชุม', 'ประกาศ', 'รายงาน'],
      },
      {
        field: 'period',
        before: { kind: 'fiscal-year' },
        after: { kind: 'months', from: '2024-10', to: '2025-03' },
      },
      {
        field: 'title',
        before: 'เปิดเผยข้อมูล',
        after: 'เปิดเผยข้อมูลสาธารณะ',
      },
    ]);
  });

  it('ignores the revision fields: a tombstone changes no field', () => {
    const gone = deleteRecord(measure, T1);
    expect(changedFields(measure, gone)).toEqual([]);
  });

  it('compares nested values by content, not by key order or identity', () => {
    const same = reviseRecord(
      measure,
      { period: { kind: 'fiscal-year' }, methods: ['ประชุม', 'ประกาศ'] },
      T1,
    );
    expect(changedFields(measure, same)).toEqual([]);
    const reordered = reviseRecord(
      measure,
      { methods: ['ประกาศ', 'ประชุม'] },
      T1,
    );
    expect(changedFields(measure, reordered).map((c) => c.field)).toEqual([
      'methods',
    ]);
  });

  it('takes a field left out, an empty text and an empty list as the same: none', () => {
    const withStyle = reviseRecord(
      measure,
      { methodsStyle: 'numbered', weakness: 'ไม่มีช่องทางร้องเรียน' },
      T1,
    );
    expect(changedFields(measure, withStyle)).toEqual([
      { field: 'methodsStyle', before: undefined, after: 'numbered' },
      { field: 'weakness', before: '', after: 'ไม่มีช่องทางร้องเรียน' },
    ]);
    const office = createRecord<Office>(
      {
        name: 'ก',
        kind: 'sao',
        district: '',
        province: '',
        website: '',
        units: [],
        preparedBy: { name: '', position: '' },
        endorsedBy: { name: '', position: '' },
        approvedBy: { name: '', position: '' },
      },
      'o-1',
      T0,
    );
    const noResults = reviseRecord(office, { itaResults: [] }, T1);
    expect(changedFields(office, noResults)).toEqual([]);
  });

  it('without a version before, lists every field that holds something', () => {
    expect(changedFields(undefined, measure)).toEqual([
      { field: 'allUnits', before: undefined, after: false },
      { field: 'fiscalYear', before: undefined, after: 2568 },
      { field: 'methods', before: undefined, after: ['ประชุม', 'ประกาศ'] },
      { field: 'officeId', before: undefined, after: 'o-1' },
      { field: 'order', before: undefined, after: 1 },
      { field: 'period', before: undefined, after: { kind: 'fiscal-year' } },
      { field: 'title', before: undefined, after: 'เปิดเผยข้อมูล' },
      { field: 'unitIds', before: undefined, after: ['u-1'] },
    ]);
  });
});

describe('sameContent', () => {
  it('is true for versions that differ only in their revision fields', () => {
    const gone = deleteRecord(measure, T1);
    expect(sameContent(measure, gone)).toBe(true);
    expect(
      sameContent(measure, reviseRecord(measure, { title: 'อื่น' }, T1)),
    ).toBe(false);
  });

  it('leaves out the fields it is told to', () => {
    const moved = reviseRecord(measure, { order: 2.5 }, T1);
    expect(sameContent(measure, moved)).toBe(false);
    expect(sameContent(measure, moved, ['order'])).toBe(true);
  });
});
