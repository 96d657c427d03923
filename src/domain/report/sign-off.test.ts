import { describe, expect, it } from 'vitest';

import { exampleRecords } from '@/testing/example-records';
import { exampleReport } from '@/testing/example-report';
import { thaiReportLabels } from '@/testing/report-labels';

import type { Approval, ProgressUpdate } from '../types';
import { withEdits } from './report-edits';
import {
  canonicalReportText,
  changedCells,
  checkApprover,
  locksOf,
  reportCells,
  reportChecksum,
  updatesChangedSince,
} from './sign-off';

const approval = (over: Partial<Approval> = {}): Approval => ({
  id: 'o1:2568:annual',
  rev: '1-00000000000000000000000000000000',
  revs: [],
  createdAt: '2025-10-01T00:00:00.000Z',
  updatedAt: '2025-10-01T00:00:00.000Z',
  officeId: 'o1',
  fiscalYear: 2568,
  round: 'six-month',
  approver: { name: 'นายสมชาย ใจดี', position: 'นายก' },
  approvedAt: '2025-04-02T03:00:00.000Z',
  language: 'th',
  digits: 'thai',
  measureIds: ['m1'],
  updates: [{ id: 'u1', rev: '1-a' }],
  cells: [],
  sha256: '',
  ...over,
});

const update = (over: Partial<ProgressUpdate>): ProgressUpdate =>
  ({
    id: 'u1',
    rev: '1-a',
    measureId: 'm1',
    date: '2025-01-10',
    round: 'six-month',
    ...over,
  }) as ProgressUpdate;

describe('the checksum of a report', () => {
  const report = exampleReport();
  const labels = thaiReportLabels(report);

  it('is SHA-256 of the canonical text of its cells', () => {
    const cells = [{ measureId: 'm', column: 'title' as const, text: 'ก"\n' }];
    expect(canonicalReportText(cells)).toBe('[["m","title","ก\\"\\n"]]');
    // sha256 of that exact text, as `printf '%s' … | sha256sum` gives it.
    expect(reportChecksum([])).toBe(
      '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
    );
  });

  it('changes with any cell, and tells which', () => {
    const signed = reportCells(report, labels);
    const row = report.rows[2]!;
    const edited = withEdits(report, {
      cells: [{ measureId: row.measureId, column: 'outcome', text: 'ใหม่' }],
    });
    const now = reportCells(edited, labels);
    expect(reportChecksum(now)).not.toBe(reportChecksum(signed));
    expect(changedCells(signed, now)).toEqual([
      {
        measureId: row.measureId,
        column: 'outcome',
        signed: signed.find(
          (c) => c.measureId === row.measureId && c.column === 'outcome',
        )!.text,
        now: 'ใหม่',
      },
    ]);
    expect(changedCells(signed, reportCells(report, labels))).toEqual([]);
  });

  it('names the cells of a measure added or gone', () => {
    const a = { measureId: 'a', column: 'title' as const, text: 'A' };
    const b = { measureId: 'b', column: 'title' as const, text: 'B' };
    expect(changedCells([a], [b])).toEqual([
      { measureId: 'b', column: 'title', signed: null, now: 'B' },
      { measureId: 'a', column: 'title', signed: 'A', now: null },
    ]);
  });
});

describe('who approves', () => {
  const approver = 'นายสมชาย ใจดี';
  const office = {
    ...exampleRecords().office,
    approvedBy: { name: approver, position: 'นายกเทศมนตรี' },
  };

  it('is the approver named in the office signers', () => {
    expect(checkApprover(office, approver)).toEqual({ ok: true });
    expect(checkApprover(office, ` ${approver.replace(' ', '  ')} `)).toEqual({
      ok: true,
    });
  });

  it('refuses anyone else, and says why', () => {
    expect(checkApprover(office, 'นางสาวเอ บี')).toEqual({
      ok: false,
      reason: 'not-approver',
    });
    expect(checkApprover(office, '')).toEqual({
      ok: false,
      reason: 'no-person',
    });
    const none = { ...office, approvedBy: { name: ' ', position: '' } };
    expect(checkApprover(none, approver)).toEqual({
      ok: false,
      reason: 'no-approver',
    });
  });
});

describe('the lock of an approved round', () => {
  it('holds the updates that count for the round of the measures covered', () => {
    const a = approval();
    expect(locksOf(update({}), [a])).toEqual([a]);
    // After the six-month round, not handed in late for it.
    expect(
      locksOf(update({ date: '2025-05-01', round: 'annual' }), [a]),
    ).toEqual([]);
    expect(locksOf(update({ measureId: 'm2' }), [a])).toEqual([]);
  });

  it('is lifted by reopening, or a deleted approval', () => {
    const reopened = approval({
      reopened: { at: '2025-05-01T00:00:00.000Z', by: 'x', reason: 'แก้คำผิด' },
    });
    expect(locksOf(update({}), [reopened])).toEqual([]);
    expect(locksOf(update({}), [approval({ deleted: true })])).toEqual([]);
  });

  it('finds updates changed, added or deleted since approval', () => {
    const a = approval();
    expect(updatesChangedSince(a, [update({})])).toEqual([]);
    expect(updatesChangedSince(a, [update({ rev: '2-b' })])).toEqual(['u1']);
    expect(
      updatesChangedSince(a, [update({}), update({ id: 'u2', rev: '1-c' })]),
    ).toEqual(['u2']);
    expect(updatesChangedSince(a, [update({ deleted: true })])).toEqual(['u1']);
    // An update of the next round is not the approved round's.
    expect(
      updatesChangedSince(a, [
        update({}),
        update({ id: 'u3', date: '2025-06-01', round: 'annual' }),
      ]),
    ).toEqual([]);
  });
});
