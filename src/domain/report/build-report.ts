/**
 * The official yearly report (รายงานผลการดำเนินการตามมาตรการ…) as data: the
 * title block's fields, one row per measure in the report's seven columns,
 * and the sign-off. Each row shows the measure's latest update *within the
 * round*; a measure with none says so with a marker that the view words.
 */
import { toThaiDigits } from '../digits';
import { latestUpdate } from '../measure-status';
import { methodsStyleOf } from '../methods-style';
import { periodLabel } from '../period';
import { isInRound } from '../round';
import type { DigitStyle } from '../thai-date';
import type {
  IsoDate,
  Measure,
  MethodsStyle,
  Office,
  ProgressUpdate,
  Round,
  Signatory,
} from '../types';

/** Who is responsible: every unit (ทุกส่วนราชการ), or the named units. */
export type ReportUnits = { kind: 'all' } | { kind: 'named'; names: string[] };

/** The results columns: what the latest update of the round says, or that there is none. */
export type ReportResult =
  | { kind: 'no-update' }
  | {
      kind: 'reported';
      date: IsoDate;
      result: string;
      /** Links that prove the result; the report prints them under it. */
      evidence: string[];
      suggestions: string;
      outcome: string;
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
  signatories: {
    preparedBy: Signatory;
    endorsedBy: Signatory;
    approvedBy: Signatory;
  };
}

/** inDigits('12', 'thai') === '๑๒' */
export function inDigits(text: string, digits: DigitStyle): string {
  return digits === 'thai' ? toThaiDigits(text) : text;
}

function resultOf(update: ProgressUpdate | undefined): ReportResult {
  if (!update) return { kind: 'no-update' };
  return {
    kind: 'reported',
    date: update.date,
    result: update.result,
    evidence: update.evidence,
    suggestions: update.suggestions,
    outcome: update.outcome,
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
 * The latest live update of each measure reported for the round: an update
 * belongs to the round the person reported it for (proposed from its date,
 * changeable, e.g. a 6-month report handed in late in April), within the
 * fiscal year. The dashboard's round completeness uses the same rule.
 */
function latestInRound(
  updates: readonly ProgressUpdate[],
  fiscalYear: number,
  round: Round,
): Map<string, ProgressUpdate> {
  const byMeasure = new Map<string, ProgressUpdate[]>();
  for (const update of updates) {
    if (update.round !== round) continue;
    if (!isInRound(update.date, fiscalYear, 'annual')) continue;
    const list = byMeasure.get(update.measureId) ?? [];
    list.push(update);
    byMeasure.set(update.measureId, list);
  }
  const latest = new Map<string, ProgressUpdate>();
  for (const [measureId, list] of byMeasure) {
    const found = latestUpdate(list);
    if (found) latest.set(measureId, found);
  }
  return latest;
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
  const latest = latestInRound(updates, fiscalYear, round);
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
      result: resultOf(latest.get(measure.id)),
    })),
    signatories: {
      preparedBy: office.preparedBy,
      endorsedBy: office.endorsedBy,
      approvedBy: office.approvedBy,
    },
  };
}
