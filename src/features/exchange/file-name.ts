/**
 * The file name says what is inside: office (or "all"), fiscal year (or
 * "all-years") and date, e.g. `ita-เทศบาลตำบลขุนแก้ว-2568-2025-10-05.json.gz`.
 */
export function bundleFileName(parts: {
  office: string | null;
  fiscalYear: number | null;
  date: string;
  gzip: boolean;
}): string {
  const office = parts.office
    ? parts.office.trim().replace(/[\\/:*?"<>|\s]+/g, '-')
    : 'all-offices';
  const year =
    parts.fiscalYear === null ? 'all-years' : String(parts.fiscalYear);
  return `ita-${office}-${year}-${parts.date}.json${parts.gzip ? '.gz' : ''}`;
}
