/**
 * The records the app keeps and exchanges. Field names are part of the bundle
 * format: once shipped they are never removed, renamed or reused (DESIGN.md).
 */

/** ISO calendar date in the Gregorian calendar, `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 8601 timestamp, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type IsoTimestamp = string;
/** A Gregorian month, `YYYY-MM`. */
export type YearMonth = string;

/**
 * CouchDB-style revision fields carried by every stored record.
 * `rev` is `"<generation>-<32 hex>"`; `revs` lists the ancestors' revs,
 * newest first (capped), so that merging can tell descent from divergence.
 */
export interface Revisioned {
  id: string;
  rev: string;
  revs: string[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
  /** A tombstone: the record was deleted; kept so deletes travel in bundles. */
  deleted?: boolean;
}

export const OFFICE_KINDS = [
  'city-municipality', // เทศบาลนคร
  'town-municipality', // เทศบาลเมือง
  'subdistrict-municipality', // เทศบาลตำบล
  'sao', // องค์การบริหารส่วนตำบล (อบต.)
  'pao', // องค์การบริหารส่วนจังหวัด (อบจ.)
  'other',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** A division inside an office. Measures refer to it by id, so renaming is one edit. */
export interface Unit {
  id: string;
  name: string;
}

export interface Signatory {
  name: string;
  position: string;
}

/** The office's ITA result of one fiscal year, as announced by the NACC. */
export interface ItaResult {
  fiscalYear: number;
  /** 0–100. */
  score: number;
  /** The level as announced, e.g. 'AA' or 'A'. */
  level: string;
}

export interface OfficeFields {
  name: string;
  kind: OfficeKind;
  district: string;
  province: string;
  website: string;
  units: Unit[];
  preparedBy: Signatory;
  endorsedBy: Signatory;
  approvedBy: Signatory;
  /** ITA results of past years, entered by hand (bundle format 2). */
  itaResults?: ItaResult[];
}
export type Office = Revisioned & OfficeFields;

/**
 * When a measure is carried out: the whole fiscal year (ทั้งปีงบประมาณ), or a
 * month range that may lie outside the fiscal year (the fixture's measure ๑๐).
 */
export type Period =
  { kind: 'fiscal-year' } | { kind: 'months'; from: YearMonth; to: YearMonth };

/** How a measure's methods are listed: `๑. ๒.`, `- `, or without a marker. */
export const METHODS_STYLES = ['numbered', 'bulleted', 'plain'] as const;
export type MethodsStyle = (typeof METHODS_STYLES)[number];

export interface MeasureFields {
  officeId: string;
  /** Buddhist-era fiscal year, e.g. 2568 for 1 Oct 2024 – 30 Sep 2025. */
  fiscalYear: number;
  /**
   * Sort key within the office and year; the displayed number (๑, ๒, …) is the
   * position in that order. Fractional, so moving one measure edits one record.
   */
  order: number;
  title: string;
  /** Ordered steps (วิธีการดำเนินการ). */
  methods: string[];
  /**
   * How the steps are listed, as they were written (bundle format 3): ๑. ๒.,
   * "-" bullets, or plain lines. Unset: numbered when two or more, else plain.
   */
  methodsStyle?: MethodsStyle;
  period: Period;
  /** ทุกส่วนราชการ: every unit of the office, now and later. */
  allUnits: boolean;
  unitIds: string[];
  expectedOutcome: string;
  /** The weakness from last year's ITA that this measure answers, if any. */
  weakness: string;
  evidence: string[];
}
export type Measure = Revisioned & MeasureFields;

export const ROUNDS = ['six-month', 'annual'] as const;
export type Round = (typeof ROUNDS)[number];

/** What a person reports in an update. */
export const UPDATE_STATUSES = [
  'not-started',
  'in-progress',
  'completed',
  'late',
  'cancelled',
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** A measure's derived status: the same values, computed from updates and today. */
export type MeasureStatus = UpdateStatus;

export interface ProgressUpdateFields {
  measureId: string;
  /** Denormalised from the measure so an office's updates can be queried alone. */
  officeId: string;
  date: IsoDate;
  round: Round;
  status: UpdateStatus;
  /** 0–100. */
  percent: number;
  /** ผลการดำเนินการ: what was done. */
  result: string;
  /** ข้อเสนอแนะ */
  suggestions: string;
  /** ผลลัพธ์หรือความสำเร็จ */
  outcome: string;
  /** ปัญหาและอุปสรรค: required when the status is late. */
  problems: string;
  evidence: string[];
  reporter: string;
}
export type ProgressUpdate = Revisioned & ProgressUpdateFields;

/**
 * The due date of one round's report (กำหนดส่งรายงาน) of a fiscal year, set
 * by the consolidator for every office they collect from: it belongs to no
 * office. One record per fiscal year and round, with the id
 * deadlineId(fiscalYear, round) (domain/deadlines.ts), so the same date set
 * on two devices is one record that merges, not two.
 */
export interface RoundDeadlineFields {
  fiscalYear: number;
  round: Round;
  due: IsoDate;
}
export type RoundDeadline = Revisioned & RoundDeadlineFields;
/** The seven columns of the official report, as a report's cells name them. */
export const REPORT_CELL_COLUMNS = [
  'title',
  'methods',
  'period',
  'result',
  'suggestions',
  'units',
  'outcome',
] as const;
export type ReportCellColumn = (typeof REPORT_CELL_COLUMNS)[number];

/** One cell of a round's report as a person typed it for the printout. */
export interface ReportCell {
  measureId: string;
  column: ReportCellColumn;
  text: string;
}

/**
 * A round's report text (issue 13): the cells edited for the printout, one
 * record per office, fiscal year and round (its id says which:
 * roundRecordId). A cell not listed prints as prefilled from the updates.
 */
export interface RoundReportFields {
  officeId: string;
  fiscalYear: number;
  round: Round;
  cells: ReportCell[];
}
export type RoundReport = Revisioned & RoundReportFields;

/** The approval of a round's report by the office's approver (issue 13). */
export interface ApprovalFields {
  officeId: string;
  fiscalYear: number;
  round: Round;
  /** The approver as named in the office's signers when approving. */
  approver: Signatory;
  approvedAt: IsoTimestamp;
  /** The language and digits the signed text was worded in. */
  language: 'th' | 'en';
  digits: 'thai' | 'arabic';
  /** The measures the report covered, in its order. */
  measureIds: string[];
  /** The updates counted for the round, at the revisions approved. */
  updates: { id: string; rev: string }[];
  /** Every cell of the report as signed, in its order. */
  cells: ReportCell[];
  /** SHA-256 (hex) of the canonical text of `cells` (domain/report/sign-off.ts). */
  sha256: string;
  /** Set when the round was reopened after approval: why, when and by whom. */
  reopened?: { at: IsoTimestamp; by: string; reason: string };
}
export type Approval = Revisioned & ApprovalFields;

/**
 * The documents an OIT item may be answered with (issue 16): the year's
 * announcement of its measures and the reports of its two rounds.
 */
export const OIT_DOCUMENTS = [
  'announcement',
  'six-month-report',
  'annual-report',
] as const;
export type OitDocumentKind = (typeof OIT_DOCUMENTS)[number];

/** A document that answers an item, and where the office published it. */
export interface OitDocument {
  kind: OitDocumentKind;
  /** The page on the office's website; '' until it is published. */
  url: string;
}

/**
 * One item of the NACC's OIT questionnaire that an office answers in ITAS
 * with links (issue 16; bundle format 7), for one fiscal year: its number
 * as that year's framework names it (O36, once O42), kept as data because
 * the numbers change from year to year, and what answers it.
 */
export interface OitItemFields {
  officeId: string;
  fiscalYear: number;
  /** As the year's framework writes it, e.g. 'O36'; unique in a year. */
  number: string;
  title: string;
  /** What evidence the item asks for, as the framework words it. */
  asks: string;
  documents: OitDocument[];
  /** Other pages that answer it. */
  links: string[];
  /** Every measure of the year answers it with its evidence (new ones too). */
  allMeasures: boolean;
  /** The measures that answer it, when not all. */
  measureIds: string[];
  /** The evidence of those measures' progress updates answers it too. */
  withUpdates: boolean;
}
export type OitItem = Revisioned & OitItemFields;
