/**
 * The seven columns of the official yearly report, in the order the
 * government's form prints them. The Thai headings are the form's own words:
 * the paste parser recognises them (with synonyms), and tests build reports
 * with them. What the app shows comes from i18n (`report.columns.*`).
 */
import { REPORT_CELL_COLUMNS } from '../types';

// The record types name the same columns (a round's report cells).
export const REPORT_COLUMNS = REPORT_CELL_COLUMNS;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/** OFFICIAL_HEADINGS.period === 'ระยะเวลาดำเนินการ' */
export const OFFICIAL_HEADINGS: Readonly<Record<ReportColumn, string>> = {
  title: 'มาตรการ/แนวทาง',
  methods: 'วิธีการดำเนินการ',
  period: 'ระยะเวลาดำเนินการ',
  result: 'ผลการดำเนินการตามมาตรการ/กิจกรรม',
  suggestions: 'ข้อเสนอแนะ',
  units: 'ผู้รับผิดชอบ',
  outcome: 'ผลลัพธ์หรือความสำเร็จของการดำเนินการ',
};

/** The report's words for "every unit of the office" (a measure's allUnits). */
export const ALL_UNITS_LABEL = 'ทุกส่วนราชการ';

/**
 * The report's label for problems and obstacles (ปัญหาและอุปสรรค): the form has
 * no column for them, so the results column carries them under this label.
 */
export const PROBLEMS_LABEL = 'ปัญหาและอุปสรรค';
