import { parseIsoDate, toBuddhistYear } from '@/domain/fiscal-year';

/**
 * The file name says what is inside and when: the office (or "ทุกหน่วยงาน"
 * when the file holds several), the scope (a fiscal year, or every year),
 * the day of export in the Buddhist era as offices count years, and the
 * time to the second, so two exports of a day never share a name, e.g.
 * `ita-เทศบาลตำบลขุนแก้ว-ปีงบ2568-2568-02-15-14.05.33.json.gz`. Digits stay
 * Arabic: file names are sorted and typed by other programs. An encrypted
 * file ends in `.enc`.
 */
export function bundleFileName(parts: {
  /** The office's name; null when the file holds several offices. */
  office: string | null;
  fiscalYear: number | null;
  /** The local time of export: its day (ISO, Gregorian) and hour, minute, second. */
  date: string;
  time: { hour: number; minute: number; second: number };
  gzip: boolean;
  encrypted?: boolean;
}): string {
  const office = parts.office
    ? parts.office
        .trim()
        .replace(/[\\/:*?"<>|\s]+/g, '-')
        .replace(/^-+|-+$/g, '')
    : 'ทุกหน่วยงาน';
  const year = parts.fiscalYear === null ? 'ทุกปีงบ' : `ปีงบ${parts.fiscalYear}`;
  const { year: ce, month, day } = parseIsoDate(parts.date);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${toBuddhistYear(ce)}-${two(month)}-${two(day)}`;
  const { hour, minute, second } = parts.time;
  const time = `${two(hour)}.${two(minute)}.${two(second)}`;
  const ext = `.json${parts.gzip ? '.gz' : ''}${parts.encrypted ? '.enc' : ''}`;
  return `ita-${office}-${year}-${date}-${time}${ext}`;
}
