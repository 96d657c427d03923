/**
 * The official yearly report (รายงานผลการดำเนินการตามมาตรการ…) as data: the
 * title block's fields, one row per measure in the report's seven columns,
 * and the sign-off. Each row holds every update that counts for the round
 * (domain/round.ts), oldest first, so the latest state comes last and the
 * round's earlier work stays; a measure with none says so with a marker that
 * the view words.
 */
import { toThaiDigits } from '../digits';
import { compareUpdates } from '../measure-status';
import { methodsStyleOf } from '../methods-style';
import { periodLabel } from '../period';
import { countsForRound } from '../round';
import type { DigitStyle } from '../thai-date';
import type {
  IsoDate,
  Measure,
  MethodsStyle,
  Office,
  ProgressUpdate,
  ReportCellColumn,
  Round,
  Signatory,
} from '../types';

/** Who is responsible: every unit (ทุกส่วนราชการ), or the named units. */
export type ReportUnits = { kind: 'all' } | { kind: 'named'; names: string[] };

/** One update of the round, as the results, suggestions and outcome columns print it. */
export interface ReportEntry {
  date: IsoDate;
  result: string;
  /** Links that prove the result; the report prints them under it. */
  evidence: string[];
  suggestions: string;
  outcome: string;
  /** ปัญหาและอุปสรรค: the form has no column for them; printed, labelled, in the results column. */
  problems: string;
}

/** The results columns: every update of the round, or that there is none. */
export type ReportResult =
  | { kind: 'no-update' }
  | {
      kind: 'reported';
      /** The date of the round's latest update. */
      date: IsoDate;
      /** Every live update of the round, oldest first: the latest state is last. */
      entries: ReportEntry[];
      /** Every entry's links, in order, each once. */
      evidence: string[];
    };

export interface ReportRow {
  measureId: string;
  /** The measure's position, in the report's digits: '๑', '๒', … */
  number: string;
  title: string;
  methods: string[];
  /** How the steps are listed: as the measure keeps it, else by their count. */
  methodsStyle: MethodsStyle;
  /** The measure's own evidence links; the report prints them with the result's. */
  evidence: string[];
  /** As the report writes it: 'ทั้งปีงบประมาณ', 'ต.ค.๖๗ - ก.ย.๖๘'. */
  period: string;
  units: ReportUnits;
  result: ReportResult;
}

export interface Report {
  officeName: string;
  district: string;
  province: string;
  fiscalYear: number;
  /** The fiscal year in the report's digits: '๒๕๖๘'. */
  fiscalYearLabel: string;
  round: Round;
  digits: DigitStyle;
  rows: ReportRow[];
  /** Cells edited for the printout, by measure (withEdits, report-edits.ts). */
  edits?: ReadonlyMap<string, Partial<Record<ReportCellColumn, string>>>;
  signatories: {
    preparedBy: Signatory;
    endorsedBy: Signatory;
    approvedBy: Signatory;
  };
  /** The round's approval in force: the sign-off block prints who and when. */
  signedOff?: { approver: Signatory; approvedAt: string };
}

/** inDigits('12', 'thai') === '๑๒' */
export function inDigits(text: string, digits: DigitStyle): string {
  return digits === 'thai' ? toThaiDigits(text) : text;
}

function resultOf(
  updates: readonly ProgressUpdate[] | undefined,
): ReportResult {
  const latest = updates?.at(-1);
  if (!updates || !latest) return { kind: 'no-update' };
  const entries = updates.map((u): ReportEntry => ({
    date: u.date,
    result: u.result,
    evidence: u.evidence,
    suggestions: u.suggestions,
    outcome: u.outcome,
    problems: u.problems,
  }));
  return {
    kind: 'reported',
    date: latest.date,
    entries,
    evidence: [...new Set(entries.flatMap((e) => e.evidence))],
  };
}

function unitsOf(measure: Measure, office: Office): ReportUnits {
  if (measure.allUnits) return { kind: 'all' };
  // A unit since removed from the office is left out rather than shown as an id.
  const names = measure.unitIds.flatMap(
    (id) => office.units.find((unit) => unit.id === id)?.name ?? [],
  );
  return { kind: 'named', names };
}

/**
 * Each measure's live updates that count for the round, oldest first: those
 * dated within it, and those handed in late for it (domain/round.ts). The
 * dashboard's round completeness uses the same rule.
 */
function updatesInRound(
  updates: readonly ProgressUpdate[],
  fiscalYear: number,
  round: Round,
): Map<string, ProgressUpdate[]> {
  const byMeasure = new Map<string, ProgressUpdate[]>();
  for (const update of updates) {
    if (update.deleted || !countsForRound(update, fiscalYear, round)) continue;
    const list = byMeasure.get(update.measureId) ?? [];
    list.push(update);
    byMeasure.set(update.measureId, list);
  }
  for (const list of byMeasure.values()) list.sort(compareUpdates);
  return byMeasure;
}

/** buildReport(office, measures, updates, 2568, 'annual', 'thai').rows[0].number === '๑' */
export function buildReport(
  office: Office,
  measures: readonly Measure[],
  updates: readonly ProgressUpdate[],
  fiscalYear: number,
  round: Round,
  digits: DigitStyle,
): Report {
  const inRound = updatesInRound(updates, fiscalYear, round);
  const ordered = measures
    .filter(
      (m) =>
        !m.deleted && m.officeId === office.id && m.fiscalYear === fiscalYear,
    )
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    officeName: office.name,
    district: office.district,
    province: office.province,
    fiscalYear,
    fiscalYearLabel: inDigits(String(fiscalYear), digits),
    round,
    digits,
    rows: ordered.map((measure, index) => ({
      measureId: measure.id,
      number: inDigits(String(index + 1), digits),
      title: measure.title,
      methods: measure.methods,
      methodsStyle: methodsStyleOf(measure),
      evidence: measure.evidence,
      period: periodLabel(measure.period, fiscalYear, digits),
      units: unitsOf(measure, office),
      result: resultOf(inRound.get(measure.id)),
    })),
    signatories: {
      preparedBy: office.preparedBy,
      endorsedBy: office.endorsedBy,
      approvedBy: office.approvedBy,
    },
  };
}
