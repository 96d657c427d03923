/**
 * Signing off a round's report (issue 13): who may approve it, the checksum
 * of the text approved, whether the report still says what was signed (and
 * which cells changed), and which updates the approval locks.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

import { countsForRound } from '../round';
import type {
  Approval,
  Office,
  ProgressUpdate,
  ReportCell,
  ReportCellColumn,
  Round,
} from '../types';
import type { Report } from './build-report';
import { REPORT_COLUMNS } from './report-columns';
import { rowCells, type ReportLabels } from './report-text';

/** Every cell the report prints, measure by measure, in the form's column order. */
export function reportCells(
  report: Report,
  labels: ReportLabels,
): ReportCell[] {
  return report.rows.flatMap((row) => {
    const cells = rowCells(row, report, labels);
    return REPORT_COLUMNS.map((column) => ({
      measureId: row.measureId,
      column,
      text: cells[column],
    }));
  });
}

/**
 * The canonical text the checksum covers: a JSON array of
 * [measureId, column, text] in the report's order. JSON strings escape the
 * same way everywhere, so any tool can recompute it from the cells.
 */
export function canonicalReportText(cells: readonly ReportCell[]): string {
  return JSON.stringify(cells.map((c) => [c.measureId, c.column, c.text]));
}

/** SHA-256 (hex) of the canonical text of the cells. */
export function reportChecksum(cells: readonly ReportCell[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalReportText(cells))));
}

/** Names compared as people type them: spaces at the ends and doubled ones do not count. */
const personKey = (name: string) => name.trim().replace(/\s+/g, ' ');

export type ApproveCheck =
  | { ok: true }
  | { ok: false; reason: 'no-approver' | 'no-person' | 'not-approver' };

/**
 * Only the approver named in the office's signers approves: the person
 * set on this device must be that name.
 */
export function checkApprover(office: Office, person: string): ApproveCheck {
  const approver = personKey(office.approvedBy.name);
  if (approver === '') return { ok: false, reason: 'no-approver' };
  if (personKey(person) === '') return { ok: false, reason: 'no-person' };
  if (personKey(person) !== approver)
    return { ok: false, reason: 'not-approver' };
  return { ok: true };
}

/** A cell whose text is not what was signed; a measure added or gone has its cells on one side. */
export interface ChangedCell {
  measureId: string;
  column: ReportCellColumn;
  signed: string | null;
  now: string | null;
}

/** The cells that differ between what was signed and what the report says now. */
export function changedCells(
  signed: readonly ReportCell[],
  now: readonly ReportCell[],
): ChangedCell[] {
  const key = (c: ReportCell) => `${c.measureId}\u0000${c.column}`;
  const before = new Map(signed.map((c) => [key(c), c]));
  const after = new Map(now.map((c) => [key(c), c]));
  const changed: ChangedCell[] = [];
  for (const cell of now) {
    const old = before.get(key(cell));
    if (old?.text !== cell.text)
      changed.push({
        measureId: cell.measureId,
        column: cell.column,
        signed: old?.text ?? null,
        now: cell.text,
      });
  }
  for (const cell of signed)
    if (!after.has(key(cell)))
      changed.push({
        measureId: cell.measureId,
        column: cell.column,
        signed: cell.text,
        now: null,
      });
  return changed;
}

/**
 * An approval in force locks its round: not deleted, not reopened. A
 * reopened approval is kept, with its reason, as the round's record.
 */
export function isLocking(approval: Approval | undefined): boolean {
  return !!approval && !approval.deleted && !approval.reopened;
}

/**
 * The approvals in force whose round this update counts for (of one of the
 * measures they cover): editing, adding or deleting it asks to reopen them.
 */
export function locksOf(
  update: Pick<ProgressUpdate, 'measureId' | 'date' | 'round'>,
  approvals: readonly Approval[],
): Approval[] {
  return approvals.filter(
    (a) =>
      isLocking(a) &&
      a.measureIds.includes(update.measureId) &&
      countsForRound(update, a.fiscalYear, a.round),
  );
}

/** The live updates an approval of this round covers: of its measures, counted for it. */
export function countedUpdates(
  updates: readonly ProgressUpdate[],
  measureIds: readonly string[],
  fiscalYear: number,
  round: Round,
): ProgressUpdate[] {
  const measures = new Set(measureIds);
  return updates.filter(
    (u) =>
      !u.deleted &&
      measures.has(u.measureId) &&
      countsForRound(u, fiscalYear, round),
  );
}

/**
 * The updates of a locked round that are not as approved: changed, added or
 * deleted since (an edit that came in a bundle is kept, and shown here for
 * the manager). Ids of the updates, in the order met.
 */
export function updatesChangedSince(
  approval: Approval,
  updates: readonly ProgressUpdate[],
): string[] {
  const approved = new Map(approval.updates.map((u) => [u.id, u.rev]));
  const changed = new Set<string>();
  const live = new Set<string>();
  const { measureIds, fiscalYear, round } = approval;
  for (const update of countedUpdates(updates, measureIds, fiscalYear, round)) {
    live.add(update.id);
    if (approved.get(update.id) !== update.rev) changed.add(update.id);
  }
  for (const id of approved.keys()) if (!live.has(id)) changed.add(id);
  return [...changed];
}
