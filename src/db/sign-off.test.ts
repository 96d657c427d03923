import { beforeEach, describe, expect, it } from 'vitest';

import { BUNDLE_VERSION } from '@/bundle/envelope';
import { roundRecordId } from '@/domain/report/report-edits';
import { reportChecksum } from '@/domain/report/sign-off';
import type { ReportCell } from '@/domain/types';
import { exportedText, wholeFiles } from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { applyImport } from './exchange/import-bundles';
import { createMeasure } from './measures';
import { createOffice } from './offices';
import { setPersonName } from './person';
import {
  approvedOffices,
  approveRound,
  ApproverError,
  getRoundReport,
  listApprovals,
  reopenRound,
  saveRoundCells,
  signOffStates,
  type ApprovalInput,
} from './sign-off';
import { createUpdate, listUpdates, updateUpdate } from './updates';
import { readChanges } from './write/journal';

const APPROVER = { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรี' };

async function officeWithMeasure() {
  const office = await createOffice(makeOfficeFields({ approvedBy: APPROVER }));
  const measure = await createMeasure(office.id, 2568, makeMeasureInput());
  return { office, measure };
}

function approvalOf(officeId: string, cells: ReportCell[]): ApprovalInput {
  return {
    officeId,
    fiscalYear: 2568,
    round: 'six-month',
    language: 'th',
    digits: 'thai',
    measureIds: cells.map((c) => c.measureId),
    updates: [],
    cells,
    sha256: reportChecksum(cells),
  };
}

describe("a round's report text and its sign-off, through writeChange", () => {
  beforeEach(resetDb);

  it('keeps the edited cells as one record of the round, journalled', async () => {
    const { office, measure } = await officeWithMeasure();
    const ref = {
      officeId: office.id,
      fiscalYear: 2568,
      round: 'annual' as const,
    };
    const cell = {
      measureId: measure.id,
      column: 'result' as const,
      text: 'ก',
    };
    const first = await saveRoundCells(ref, [cell]);
    expect(first.id).toBe(roundRecordId(office.id, 2568, 'annual'));
    const second = await saveRoundCells(ref, []);
    expect(second.revs).toEqual([first.rev]);
    expect((await getRoundReport(ref))?.cells).toEqual([]);
    const entries = (await readChanges(0)).entries.filter(
      (e) => e.kind === 'roundReports',
    );
    expect(entries.map((e) => e.rev)).toEqual([first.rev, second.rev]);
  });

  it('refuses an approval by anyone but the office approver, and writes nothing', async () => {
    const { office, measure } = await officeWithMeasure();
    const cells = [
      { measureId: measure.id, column: 'title' as const, text: 'ก' },
    ];
    await setPersonName('นางสาวเอ บี');
    const refused = approveRound(approvalOf(office.id, cells));
    await expect(refused).rejects.toBeInstanceOf(ApproverError);
    await expect(refused).rejects.toMatchObject({
      reason: 'not-approver',
      person: 'นางสาวเอ บี',
      approver: APPROVER.name,
    });
    expect(await db.approvals.count()).toBe(0);
  });

  it('approves as the approver, reopens with a reason, approves again', async () => {
    const { office, measure } = await officeWithMeasure();
    const cells = [
      { measureId: measure.id, column: 'title' as const, text: 'ก' },
    ];
    await setPersonName(APPROVER.name);
    const approved = await approveRound(approvalOf(office.id, cells));
    expect(approved).toMatchObject({ approver: APPROVER, cells });
    expect(approved.approvedAt).toBe(approved.createdAt);
    await expect(reopenRound(approved.id, '  ')).rejects.toThrow();
    const reopened = await reopenRound(approved.id, 'แก้ตัวเลขผิด');
    expect(reopened.reopened).toMatchObject({
      reason: 'แก้ตัวเลขผิด',
      by: APPROVER.name,
    });
    const again = await approveRound(approvalOf(office.id, cells));
    expect(again.reopened).toBeUndefined();
    expect(again.revs).toEqual([reopened.rev, approved.rev]);
    expect(await listApprovals(office.id, 2568)).toEqual([again]);
  });

  it('keeps an edit that arrives by bundle to an approved round, and flags it', async () => {
    const { office, measure } = await officeWithMeasure();
    const update = await createUpdate(
      measure.id,
      makeUpdateInput({ date: '2025-01-10' }),
    );
    const base = await exportedText();
    await updateUpdate(
      update,
      makeUpdateInput({ date: '2025-01-10', percent: 80 }),
    );
    const theirs = await exportedText();
    await resetDb();
    await applyImport(wholeFiles([base]));
    await setPersonName(APPROVER.name);
    await approveRound({
      ...approvalOf(office.id, []),
      measureIds: [measure.id],
      updates: [{ id: update.id, rev: update.rev }],
    });
    expect((await signOffStates(office.id, 2568))[0]).toMatchObject({
      round: 'six-month',
      changedSince: 0,
    });
    await applyImport(wholeFiles([theirs]));
    const [stored] = await listUpdates(measure.id);
    expect(stored?.percent).toBe(80);
    const [sixMonth, annual] = await signOffStates(office.id, 2568);
    expect(sixMonth).toMatchObject({ changedSince: 1 });
    expect(annual).toMatchObject({ approval: null, changedSince: 0 });
  });

  it('travels in a bundle and back', async () => {
    const { office, measure } = await officeWithMeasure();
    const ref = {
      officeId: office.id,
      fiscalYear: 2568,
      round: 'six-month' as const,
    };
    const cells = [
      { measureId: measure.id, column: 'outcome' as const, text: 'ข' },
    ];
    await saveRoundCells(ref, cells);
    await setPersonName(APPROVER.name);
    await approveRound(approvalOf(office.id, cells));
    const before = {
      roundReports: await db.roundReports.toArray(),
      approvals: await db.approvals.toArray(),
    };
    const text = await exportedText();
    expect(JSON.parse(text)).toMatchObject({ version: BUNDLE_VERSION });
    await resetDb();
    await applyImport(wholeFiles([text]));
    expect({
      roundReports: await db.roundReports.toArray(),
      approvals: await db.approvals.toArray(),
    }).toEqual(before);
  });
});

describe('approvedOffices: the offices whose round is signed off, for the round page', () => {
  beforeEach(resetDb);

  it('names the offices of the list approved for that round and year, not those reopened, of another round or year, or off the list', async () => {
    const offices = await Promise.all(
      ['ก', 'ข', 'ค', 'ง', 'จ'].map((name) =>
        createOffice(makeOfficeFields({ name, approvedBy: APPROVER })),
      ),
    );
    const [approved, reopened, annualOnly, lastYear, unlisted] = offices.map(
      (o) => o.id,
    ) as [string, string, string, string, string];
    await setPersonName(APPROVER.name);
    const approve = (
      officeId: string,
      fiscalYear = 2568,
      round = 'six-month',
    ) =>
      approveRound({
        ...approvalOf(officeId, []),
        fiscalYear,
        round: round as 'six-month' | 'annual',
      });
    await approve(approved);
    await reopenRound((await approve(reopened)).id, 'แก้ผล');
    await approve(annualOnly, 2568, 'annual');
    await approve(lastYear, 2567);
    await approve(unlisted);
    const listed = [approved, reopened, annualOnly, lastYear];
    expect(await approvedOffices(listed, 2568, 'six-month')).toEqual(
      new Set([approved]),
    );
    expect(await approvedOffices(listed, 2568, 'annual')).toEqual(
      new Set([annualOnly]),
    );
    expect(await approvedOffices(listed, 2567, 'six-month')).toEqual(
      new Set([lastYear]),
    );
    expect(await approvedOffices([], 2568, 'six-month')).toEqual(new Set());
    // A nation's list is read another way (the whole table): the same answer.
    const many = [
      ...listed,
      ...Array.from({ length: 300 }, (_, i) => `office-${i}`),
    ];
    expect(await approvedOffices(many, 2568, 'six-month')).toEqual(
      new Set([approved]),
    );
    expect(await approvedOffices(many, 2567, 'six-month')).toEqual(
      new Set([lastYear]),
    );
  });

  it('counts a round approved again after its reopening', async () => {
    const office = await createOffice(
      makeOfficeFields({ approvedBy: APPROVER }),
    );
    await setPersonName(APPROVER.name);
    const first = await approveRound(approvalOf(office.id, []));
    await reopenRound(first.id, 'แก้ผล');
    expect(await approvedOffices([office.id], 2568, 'six-month')).toEqual(
      new Set(),
    );
    await approveRound(approvalOf(office.id, []));
    expect(await approvedOffices([office.id], 2568, 'six-month')).toEqual(
      new Set([office.id]),
    );
  });
});
