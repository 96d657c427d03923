import type { Report } from '@/domain/report/build-report';
import {
  ALL_UNITS_LABEL,
  OFFICIAL_HEADINGS,
} from '@/domain/report/report-columns';
import type { ReportLabels } from '@/domain/report/report-text';
import { formatDate } from '@/domain/thai-date';

/** What the Thai report says for a measure with no update in the round. */
export const NO_UPDATE_TH = 'ยังไม่มีการรายงานผลในรอบนี้';

/** The label of problems and obstacles in the Thai report's results column. */
export const PROBLEMS_TH = 'ปัญหาและอุปสรรค';

/** The Thai words of the official report, as the report page gives them. */
export function thaiReportLabels(report: Report): ReportLabels {
  return {
    title: [
      'รายงานผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      `(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ${report.fiscalYearLabel}`,
      `${report.officeName} อำเภอ${report.district} จังหวัด${report.province}`,
    ],
    headings: OFFICIAL_HEADINGS,
    noUpdate: NO_UPDATE_TH,
    allUnits: ALL_UNITS_LABEL,
    problems: PROBLEMS_TH,
    entryDate: (date) => `ณ วันที่ ${formatDate(date, 'th', report.digits)}`,
  };
}
