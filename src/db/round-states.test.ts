import { beforeEach, describe, expect, it } from 'vitest';

import { summarize } from '@/domain/measure-summary';
import { reportChecksum } from '@/domain/report/sign-off';
import { createRecord } from '@/domain/revision';
import type { ProgressUpdate } from '@/domain/types';
import { makeOfficeFields, makeUpdateInput } from '@/testing/factories';
import { makeMeasure, makeOffice, T0 } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { db, groupUpdates } from './app-db';
import { addExpectedOffices, expectImportedOffices } from './expected-offices';
import { createOffice } from './offices';
import { setPersonName } from './person';
import { roundStates } from './round-states';
import { approveRound, reopenRound } from './sign-off';

const update = (
  id: string,
  measureId: string,
  date: string,
  round = 'six-month' as const,
) =>
  createRecord<ProgressUpdate>(
    { ...makeUpdateInput({ date, round }), measureId, officeId: 'office-1' },
    id,
    T0,
  );

describe('roundStates', () => {
  beforeEach(resetDb);

  it('gives each expected office its state for the round from its stored updates, for summaries written before they kept the round dates', async () => {
    await db.offices.put(makeOffice('office-1', 'เทศบาลตำบลทดสอบ'));
    const measures = [
      makeMeasure('m1', 'office-1'),
      makeMeasure('m2', 'office-1'),
    ];
    const updates = [
      update('u1', 'm1', '2025-02-01'),
      // Handed in late for the six-month round, after its due date.
      update('u2', 'm2', '2025-05-03'),
    ];
    await db.measures.bulkPut([
      ...measures,
      { ...makeMeasure('m3', 'office-1'), deleted: true },
    ]);
    await db.updateGroups.bulkPut(
      groupUpdates([...updates, update('u3', 'm3', '2025-01-01')]),
    );
    // As summaries were before issue 13: no roundDates. A deleted measure has none.
    await db.summaries.bulkPut(
      measures.map((m) => {
        const { roundDates: _dropped, ...before } = summarize(m, updates);
        return before;
      }),
    );
    await expectImportedOffices();
    await addExpectedOffices(
      [
        {
          name: 'อบต.ยังไม่ส่ง',
          kind: 'sao',
          district: '',
          province: '',
          officeId: null,
        },
      ],
      'csv',
    );
    const rows = await roundStates({
      fiscalYear: 2568,
      round: 'six-month',
      dueDate: '2025-04-30',
      approved: new Set(),
      today: '2025-05-10',
    });
    expect(
      rows.map((r) => [
        r.office.name,
        r.state.state,
        r.state.reported,
        r.state.measures,
        r.state.daysLate,
      ]),
    ).toEqual([
      ['เทศบาลตำบลทดสอบ', 'received', 2, 2, 3],
      ['อบต.ยังไม่ส่ง', 'not-received', 0, 0, 10],
    ]);
    const approved = await roundStates({
      fiscalYear: 2568,
      round: 'six-month',
      dueDate: '2025-04-30',
      approved: new Set(['office-1']),
      today: '2025-05-10',
    });
    expect(approved[0]?.state.state).toBe('approved');
  });

  it('reads the summaries, not the update rows, when they keep the round dates', async () => {
    await db.offices.put(makeOffice('office-1', 'เทศบาลตำบลทดสอบ'));
    await db.measures.bulkPut([
      makeMeasure('m1', 'office-1'),
      makeMeasure('m2', 'office-1'),
    ]);
    // No update rows at all: only the summaries say what was reported.
    const summary = {
      officeId: 'office-1',
      fiscalYear: 2568,
      updateCount: 1,
    };
    await db.summaries.bulkPut([
      {
        ...summary,
        measureId: 'm1',
        latest: { date: '2025-05-02', status: 'completed', percent: 100 },
        rounds: ['annual', 'six-month'],
        roundDates: { 'six-month': '2025-05-02', annual: '2025-05-02' },
      },
      {
        ...summary,
        measureId: 'm2',
        latest: null,
        updateCount: 0,
        rounds: [],
        roundDates: {},
      },
    ]);
    await expectImportedOffices();
    const [row] = await roundStates({
      fiscalYear: 2568,
      round: 'six-month',
      dueDate: '2025-04-30',
      approved: new Set(),
      today: '2025-05-10',
    });
    expect(row?.state).toMatchObject({
      state: 'received',
      receivedOn: '2025-05-02',
      daysLate: 2,
      measures: 2,
      reported: 1,
      completed: 1,
      late: 1,
    });
  });
});

describe('roundStates reads the sign-off records', () => {
  beforeEach(resetDb);

  it('shows an office whose round is approved (and not reopened) as approved', async () => {
    const approver = { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรี' };
    const offices = await Promise.all(
      ['เทศบาลตำบลก', 'เทศบาลตำบลข'].map((name) =>
        createOffice(makeOfficeFields({ name, approvedBy: approver })),
      ),
    );
    const [approved, reopened] = offices.map((o) => o.id) as [string, string];
    await setPersonName(approver.name);
    const approve = (officeId: string) =>
      approveRound({
        officeId,
        fiscalYear: 2568,
        round: 'six-month',
        language: 'th',
        digits: 'arabic',
        measureIds: [],
        updates: [],
        cells: [],
        sha256: reportChecksum([]),
      });
    await approve(approved);
    await reopenRound((await approve(reopened)).id, 'แก้ผล');
    await expectImportedOffices();
    const rows = await roundStates({
      fiscalYear: 2568,
      round: 'six-month',
      dueDate: '2025-04-30',
      today: '2025-05-10',
    });
    expect(rows.map((r) => [r.office.name, r.state.state])).toEqual([
      ['เทศบาลตำบลก', 'approved'],
      ['เทศบาลตำบลข', 'not-received'],
    ]);
  });
});
