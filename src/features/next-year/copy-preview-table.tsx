import { useTranslation } from 'react-i18next';

import type { CopyPlan } from '@/domain/copy-to-year';
import type { Measure, Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

interface CopyPreviewTableProps {
  office: Office;
  plan: CopyPlan;
  from: number;
  to: number;
}

function unitNames(measure: Measure, office: Office, all: string): string {
  if (measure.allUnits) return all;
  return measure.unitIds
    .flatMap((id) => office.units.find((u) => u.id === id)?.name ?? [])
    .join(', ');
}

/** Each measure of the year, its period now and next year, and whether it will be copied. */
export function CopyPreviewTable({
  office,
  plan,
  from,
  to,
}: CopyPreviewTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    ...plan.copies.map((copy) => ({
      measure: copy.source,
      next: copy.fields.period,
    })),
    ...plan.skipped.map((measure) => ({ measure, next: null })),
  ].sort((a, b) => a.measure.order - b.measure.order);
  const year = (y: number) => format.text(String(y));
  return (
    <table className="table">
      <caption>
        {t('nextYear.caption', { from: year(from), to: year(to) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('measure.title')}</th>
          <th scope="col">{t('nextYear.periodIn', { year: year(from) })}</th>
          <th scope="col">{t('nextYear.periodIn', { year: year(to) })}</th>
          <th scope="col">{t('measure.units')}</th>
          <th scope="col">{t('nextYear.copy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ measure, next }) => (
          <tr key={measure.id}>
            <th scope="row">{measure.title}</th>
            <td>{format.period(measure.period, from)}</td>
            <td>{next ? format.period(next, to) : '—'}</td>
            <td>{unitNames(measure, office, t('measure.allUnits'))}</td>
            <td>
              {next
                ? t('nextYear.willCopy')
                : t('nextYear.skipped', { year: year(to) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
