// Round deadlines (bundle format 5) and a round's report text and approval
// (format 6) side by side: edited apart on two laptops, each is its own
// conflict, named under its own office or none; the journal and each
// record's history keep them apart, though a round's report text and its
// approval share one id; an office year's file carries them all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { MixedVersionError } from '@/bundle/resolve';
import { deadlineId } from '@/domain/deadlines';
import { roundRecordId } from '@/domain/report/report-edits';
import { reportChecksum } from '@/domain/report/sign-off';
import { contentOf } from '@/domain/revision';
import { exportedText, wholeFiles } from '@/testing/bundle-files';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';


import { getConflict, listConflicts, resolveConflictWith } from './conflicts';
import { setDeadline } from './deadlines';
import { applyImport } from './exchange/import-bundles';
import { recordHistory } from './history';
import { createMeasure } from './measures';
import { createOffice } from './offices';
import { setPersonName } from './person';
import { approveRound, reopenRound, saveRoundCells } from './sign-off';
import { readChanges } from './write/journal';

const APPROVER = { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรี' };

async function officeRound() {
  const office = await createOffice(makeOfficeFields({ approvedBy: APPROVER }));
  const measure = await createMeasure(office.id, 2568, makeMeasureInput());
  const ref = {
    officeId: office.id,
    fiscalYear: 2568,
    round: 'six-month' as const,
  };
  const cells = (text: string) => [
    { measureId: measure.id, column: 'result' as const, text },
  ];
  const approve = (text: string) =>
    approveRound({
      ...ref,
      language: 'th',
      digits: 'thai',
      measureIds: [measure.id],
      updates: [],
      cells: cells(text),
      sha256: reportChecksum(cells(text)),
    });
  return { office, ref, cells, approve };
}

describe('deadlines and the records of a round, together', () => {
  beforeEach(resetDb);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('edited apart on two laptops: a conflict each, the deadline under no office, the round records under theirs', async () => {
    const { office, ref, cells, approve } = await officeRound();
    await setPersonName(APPROVER.name);
    await setDeadline(2568, 'six-month', '2025-04-30');
    await saveRoundCells(ref, cells('ก'));
    await approve('ก');
    const base = await exportedText();
    // There: another due date, another text, the round reopened.
    await setDeadline(2568, 'six-month', '2025-04-15');
    await saveRoundCells(ref, cells('ข'));
    await reopenRound(roundRecordId(office.id, 2568, 'six-month'), 'แก้ผล');
    const theirs = await exportedText();
    // Here: the same three records edited otherwise.
    await resetDb();
    await applyImport(wholeFiles([base]));
    await setPersonName(APPROVER.name);
    await setDeadline(2568, 'six-month', '2025-04-20');
    await saveRoundCells(ref, cells('ค'));
    await reopenRound(roundRecordId(office.id, 2568, 'six-month'), 'อื่น');
    await applyImport(wholeFiles([theirs]));

    const open = await listConflicts();
    const named = open.map((c) => [c.kind, c.recordId, c.officeId]).sort();
    const roundId = roundRecordId(office.id, 2568, 'six-month');
    expect(named).toEqual([
      ['approvals', roundId, office.id],
      ['deadlines', deadlineId(2568, 'six-month'), ''],
      ['roundReports', roundId, office.id],
    ]);
    // Of one office: its round records, not the deadline of every office.
    expect((await listConflicts(office.id)).map((c) => c.kind).sort()).toEqual([
      'approvals',
      'roundReports',
    ]);
  });

  it("keeps each kind's journal and history apart, a round's report text and approval sharing one id", async () => {
    // Within fiscal year 2568, while the bodies of its versions are kept.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T03:00:00.000Z'));
    const { ref, cells, approve } = await officeRound();
    await setPersonName(APPROVER.name);
    await setDeadline(2568, 'six-month', '2025-04-30');
    const text = await saveRoundCells(ref, cells('ก'));
    const approved = await approve('ก');
    const reopened = await reopenRound(approved.id, 'แก้ผล');
    await setDeadline(2568, 'six-month', '2025-04-15');
    expect(text.id).toBe(approved.id);

    const kinds = (await readChanges(0)).entries
      .filter((e) => e.kind !== 'offices' && e.kind !== 'measures')
      .map((e) => e.kind);
    expect(kinds).toEqual([
      'deadlines',
      'roundReports',
      'approvals',
      'approvals',
      'deadlines',
    ]);
    const deadlineVersions = await recordHistory('deadlines', {
      id: deadlineId(2568, 'six-month'),
    });
    expect(deadlineVersions.map((v) => v.record?.due)).toEqual([
      '2025-04-15',
      '2025-04-30',
    ]);
    const approvalVersions = await recordHistory('approvals', {
      id: approved.id,
    });
    expect(approvalVersions.map((v) => [v.rev, v.state])).toEqual([
      [reopened.rev, 'current'],
      [approved.rev, 'replaced'],
    ]);
    expect(approvalVersions[0]?.record?.reopened?.reason).toBe('แก้ผล');
    const textVersions = await recordHistory('roundReports', { id: text.id });
    expect(textVersions.map((v) => v.rev)).toEqual([text.rev]);
  });

  it("an office year's file carries that year's deadlines and the office's round records, not another year's", async () => {
    const { office, ref, cells, approve } = await officeRound();
    await setPersonName(APPROVER.name);
    await setDeadline(2568, 'annual', '2025-10-31');
    await setDeadline(2567, 'annual', '2024-10-31');
    await saveRoundCells(ref, cells('ก'));
    await approve('ก');
    const other = await createOffice(
      makeOfficeFields({ name: 'อื่น', approvedBy: APPROVER }),
    );
    await saveRoundCells({ ...ref, officeId: other.id }, []);
    const file = JSON.parse(
      await exportedText({
        kind: 'office-year',
        officeId: office.id,
        fiscalYear: 2568,
      }),
    ) as Record<string, { id: string }[]>;
    expect(file.deadlines!.map((d) => d.id)).toEqual([
      deadlineId(2568, 'annual'),
    ]);
    expect(file.roundReports!.map((r) => r.id)).toEqual([
      ref && roundRecordId(office.id, 2568, 'six-month'),
    ]);
    expect(file.approvals!.map((r) => r.id)).toEqual([
      roundRecordId(office.id, 2568, 'six-month'),
    ]);
  });

  it('an approval in conflict is resolved with one version whole, never a mix of its fields', async () => {
    const { office, approve } = await officeRound();
    await setPersonName(APPROVER.name);
    const base = await exportedText();
    await approve('ข');
    const theirs = await exportedText();
    await resetDb();
    await applyImport(wholeFiles([base]));
    await setPersonName(APPROVER.name);
    await approve('ค');
    await applyImport(wholeFiles([theirs]));
    const id = roundRecordId(office.id, 2568, 'six-month');
    const conflict = await getConflict('approvals', id);
    const [shown, other] = conflict!.versions.map(contentOf);
    // The cells of one and the checksum of the other: signed by nobody.
    const mixed = { ...shown!, sha256: other!.sha256 };
    await expect(
      resolveConflictWith('approvals', id, mixed),
    ).rejects.toBeInstanceOf(MixedVersionError);
    expect((await listConflicts()).map((c) => c.kind)).toEqual(['approvals']);

    const kept = await resolveConflictWith('approvals', id, other!);
    expect(kept.sha256).toBe(other!.sha256);
    expect(await listConflicts()).toEqual([]);
  });
});
