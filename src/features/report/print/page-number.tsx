import { useTranslation } from 'react-i18next';

import { inDigits, type Report } from '@/domain/report/build-report';

/** "หน้า ๑/๗" at the foot of a sheet, in the report's digits. */
export function PageNumber({
  report,
  page,
  pages,
}: {
  report: Report;
  page: number;
  pages: number;
}) {
  const { t } = useTranslation();
  return (
    <p className="report-page-number">
      {t('report.pageNumber', {
        page: inDigits(String(page), report.digits),
        pages: inDigits(String(pages), report.digits),
      })}
    </p>
  );
}
