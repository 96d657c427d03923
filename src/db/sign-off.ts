/**
 * Named commands for a round's report text and its approval (issue 13):
 * each is one record per office, fiscal year and round (roundRecordId), so
 * edits made apart on two devices merge as versions of one record.
 */
import type { RecordOf } from '@/bundle/record-schemas';
import { roundRecordId } from '@/domain/report/report-edits';
import {
  checkApprover,
  isLocking,
  updatesChangedSince,
  type ApproveCheck,
} from '@/domain/report/sign-off';
import { createRecord, reviseRecord, type Content } from '@/domain/revision';
import {
  ROUNDS,
  type Approval,
  type ReportCell,
  type Round,
  type RoundReport,
} from '@/domain/types';

import { db } from './app-db';
import { isLive, RecordGoneError, storedLeaves } from './records';
import { getSetting } from './settings';
import { storedUpdatesOfMeasures } from './update-groups';
import type { ChangeWriter } from './write/write-change';
import { writeChange } from './write/write-change-on-demand';

/** Which round of which office's year. */
export interface RoundRef {
  officeId: string;
  fiscalYear: number;
  round: Round;
}

/** Refused: only the approver named in the office's signers approves. */
export class ApproverError extends Error {
  constructor(
    readonly reason: Exclude<ApproveCheck, { ok: true }>['reason'],
    readonly person: string,
    readonly approver: string,
  ) {
    super(`Not the office's approver: ${reason}`);
    this.name = 'ApproverError';
  }
}

/**
 * Writes the round's record of this kind with `content`: a new revision of
 * what is stored (a tombstone included, which it brings back), or its
 * first version.
 */
async function putRoundRecord<K extends 'roundReports' | 'approvals'>(
  change: ChangeWriter,
  kind: K,
  content: Content<RecordOf[K]>,
): Promise<RecordOf[K]> {
  const { officeId, fiscalYear, round } = content;
  const id = roundRecordId(officeId, fiscalYear, round);
  const stored = (await storedLeaves(kind, { id }))?.winner;
  let version: RecordOf[K];
  if (stored) {
    // The whole content replaces the stored one: a field left out is gone.
    const { reopened: _dropped, ...kept } = stored as RecordOf[K] & {
      reopened?: unknown;
    };
    version = reviseRecord(kept as RecordOf[K], content, change.at);
  } else version = createRecord<RecordOf[K]>(content, id, change.at);
  await change.write({ [kind]: [version] });
  return version;
}

/** The round's report text, live; undefined when no cell was ever edited. */
export async function getRoundReport(
  ref: RoundRef,
): Promise<RoundReport | undefined> {
  const found = await db.roundReports.get(
    roundRecordId(ref.officeId, ref.fiscalYear, ref.round),
  );
  return isLive(found) ? found : undefined;
}

/** Keeps the round's edited cells (all of them: the list replaces the stored one). */
export function saveRoundCells(
  ref: RoundRef,
  cells: readonly ReportCell[],
): Promise<RoundReport> {
  return writeChange({ cause: 'edit' }, (change) =>
    putRoundRecord(change, 'roundReports', { ...ref, cells: [...cells] }),
  );
}

/** An office's approvals of a fiscal year's rounds, deleted ones left out. */
export async function listApprovals(
  officeId: string,
  fiscalYear: number,
): Promise<Approval[]> {
  const rows = await db.approvals
    .where('[officeId+fiscalYear]')
    .equals([officeId, fiscalYear])
    .toArray();
  return rows.filter(isLive);
}

/** Past this many offices, approvedOffices reads the whole table. */
const MANY_OFFICES = 200;

/**
 * Of these offices, those whose report of the round is approved and not
 * reopened since (the round page's "อนุมัติแล้ว"): one indexed read of
 * their year's approvals.
 */
export async function approvedOffices(
  officeIds: readonly string[],
  fiscalYear: number,
  round: Round,
): Promise<Set<string>> {
  // anyOf walks a cursor key by key, and a live query then watches each
  // key: for a nation's list (8,000 offices) one read of the table, a row
  // per office, round and year, is faster by far (issue 13's round page).
  const wanted = new Set(officeIds);
  const rows =
    officeIds.length > MANY_OFFICES
      ? await db.approvals.toArray()
      : await db.approvals
          .where('[officeId+fiscalYear]')
          .anyOf(officeIds.map((id) => [id, fiscalYear]))
          .toArray();
  return new Set(
    rows
      .filter(
        (a) =>
          a.fiscalYear === fiscalYear &&
          a.round === round &&
          wanted.has(a.officeId) &&
          isLocking(a),
      )
      .map((a) => a.officeId),
  );
}

/** What an approval holds but who approves and when: the report as signed. */
export type ApprovalInput = Omit<
  Content<Approval>,
  'approver' | 'approvedAt' | 'reopened'
>;

/**
 * Approves the round's report as `input` says it reads, by the person set
 * on this device, who must be the office's approver (ApproverError else).
 * A round approved again after reopening gets a new version of the same
 * record: the one reopened, with its reason, stays in its history.
 */
export function approveRound(input: ApprovalInput): Promise<Approval> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const office = await db.offices.get(input.officeId);
    if (!isLive(office)) throw new RecordGoneError(input.officeId);
    const person = (await getSetting('personName')) ?? '';
    const check = checkApprover(office, person);
    if (!check.ok)
      throw new ApproverError(check.reason, person, office.approvedBy.name);
    return putRoundRecord(change, 'approvals', {
      ...input,
      approver: { ...office.approvedBy },
      approvedAt: change.at,
    });
  });
}

/** Reopens an approved round: why, when and by whom are kept on the approval. */
export async function reopenRound(
  approvalId: string,
  reason: string,
): Promise<Approval> {
  const why = reason.trim();
  if (why === '') throw new Error('A reopening needs its reason');
  return writeChange({ cause: 'edit' }, async (change) => {
    const stored = (await storedLeaves('approvals', { id: approvalId }))
      ?.winner;
    if (!stored || stored.deleted) throw new RecordGoneError(approvalId);
    if (stored.reopened) return stored;
    const by = (await getSetting('personName')) ?? '';
    const version = reviseRecord(
      stored,
      { reopened: { at: change.at, by, reason: why } },
      change.at,
    );
    await change.write({ approvals: [version] });
    return version;
  });
}

/** A round's sign-off as the dashboard shows it. */
export interface SignOffState {
  round: Round;
  approval: Approval | null;
  /** Updates of the approved round changed since (an import's edit, kept). */
  changedSince: number;
}

/**
 * Each round's approval of an office's year, with how many of its updates
 * changed since: only the approved measures' rows are read.
 */
export async function signOffStates(
  officeId: string,
  fiscalYear: number,
): Promise<SignOffState[]> {
  const approvals = await listApprovals(officeId, fiscalYear);
  return Promise.all(
    ROUNDS.map(async (round) => {
      const approval = approvals.find((a) => a.round === round) ?? null;
      if (!approval || !isLocking(approval))
        return { round, approval, changedSince: 0 };
      const rows = await storedUpdatesOfMeasures(approval.measureIds);
      const changed = updatesChangedSince(approval, rows.flat());
      return { round, approval, changedSince: changed.length };
    }),
  );
}
