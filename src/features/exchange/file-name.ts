import { parseIsoDate, toBuddhistYear } from '@/domain/fiscal-year';

/**
 * The file name says what is inside: office (or "all"), fiscal year (or
 * "all-years") and the day of export, all in the Buddhist era as offices
 * count years, e.g. `ita-เทศบาลตำบลขุนแก้ว-fy2568-2568-02-15.json.gz`.
 * Digits stay Arabic: file names are sorted and typed by other programs.
 */
export function bundleFileName(parts: {
  office: string | null;
  fiscalYear: number | null;
  /** The day of export, ISO (Gregorian), e.g. '2025-02-15'. */
  date: string;
  gzip: boolean;
}): string {
  const office = parts.office
    ? parts.office
        .trim()
        .replace(/[\\/:*?"<>|\s]+/g, '-')
        .replace(/^-+|-+$/g, '')
    : 'all-offices';
  const year =
    parts.fiscalYear === null ? 'all-years' : `fy${parts.fiscalYear}`;
  const { year: ce, month, day } = parseIsoDate(parts.date);
  const date = [toBuddhistYear(ce), month, day]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `ita-${office}-${year}-${date}.json${parts.gzip ? '.gz' : ''}`;
}
