/** What the lines above the table say: the fiscal year, and the round if it is the 6-month one. */
import { toArabicDigits } from '../digits';
import type { Round } from '../types';

const FISCAL_YEAR =
  /(?:ปีงบประมาณ|fiscal\s*year)\s*(?:พ\.\s*ศ\.|b\.\s*e\.)?\s*(\d{4})/i;
const SIX_MONTHS = /รอบ\s*6\s*เดือน|six[-\s]month|6[-\s]month/i;

/** readFiscalYear(['… ประจำปีงบประมาณ พ.ศ. ๒๕๖๘']) === 2568 */
export function readFiscalYear(lines: readonly string[]): number | null {
  for (const line of lines) {
    const match = FISCAL_YEAR.exec(toArabicDigits(line));
    if (match) return Number(match[1]);
  }
  return null;
}

/** readRound(['… รอบ ๖ เดือน']) === 'six-month'; null when the title block does not say. */
export function readRound(lines: readonly string[]): Round | null {
  return lines.some((line) => SIX_MONTHS.test(toArabicDigits(line)))
    ? 'six-month'
    : null;
}

// A local government's name: its kind, then the place (spaces a PDF put inside allowed).
const OFFICE =
  /(เทศบาล(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|กรุงเทพมหานคร|เมืองพัทยา)\s*([^\s()]*)/;

/** readOfficeName(['เทศบาลตำบลขุนแก้ว อำเภอนครชัยศรี …']) === 'เทศบาลตำบลขุนแก้ว'; null when no line names one. */
export function readOfficeName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = OFFICE.exec(line);
    if (match) return `${match[1]}${match[2] ?? ''}`;
  }
  return null;
}
