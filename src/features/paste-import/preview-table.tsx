import { useTranslation } from 'react-i18next';

import { useFormat } from '@/i18n/use-format';

import { ResultSummary } from './result-summary';
import type { PreviewRow, RowEdit } from './use-paste-import';

interface PreviewTableProps {
  rows: readonly PreviewRow[];
  fiscalYear: number;
  onEdit: (index: number, change: Partial<RowEdit>) => void;
}

/** The measures read from the paste: untick to leave one out, correct a title or a period. */
export function PreviewTable({ rows, fiscalYear, onEdit }: PreviewTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="table paste-preview">
      <caption>{t('paste.preview.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('paste.preview.include')}</th>
          <th scope="col">{t('report.columns.title')}</th>
          <th scope="col">{t('report.columns.methods')}</th>
          <th scope="col">{t('report.columns.period')}</th>
          <th scope="col">{t('report.columns.units')}</th>
          <th scope="col">{t('paste.preview.results')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ index, parsed, edit, period, units }) => {
          const number = format.number(index + 1);
          const periodError = edit.include && period === null;
          return (
            <tr
              key={index}
              className={edit.include ? undefined : 'paste-left-out'}
            >
              <td>
                <input
                  type="checkbox"
                  checked={edit.include}
                  aria-label={t('paste.preview.includeLabel', { number })}
                  onChange={(e) => onEdit(index, { include: e.target.checked })}
                />
              </td>
              <td>
                <textarea
                  className="paste-input paste-title"
                  rows={3}
                  value={edit.title}
                  aria-label={t('paste.preview.titleLabel', { number })}
                  aria-invalid={
                    edit.include && edit.title.trim() === '' ? true : undefined
                  }
                  onChange={(e) => onEdit(index, { title: e.target.value })}
                />
              </td>
              <td>
                <ol className="methods">
                  {parsed.methods.map((method, i) => (
                    <li key={i}>{method}</li>
                  ))}
                </ol>
              </td>
              <td>
                <input
                  className="paste-input"
                  value={edit.periodText}
                  aria-label={t('paste.preview.periodLabel', { number })}
                  aria-invalid={periodError || undefined}
                  aria-describedby={`paste-period-${index}`}
                  onChange={(e) =>
                    onEdit(index, { periodText: e.target.value })
                  }
                />
                <span
                  id={`paste-period-${index}`}
                  className={periodError ? 'field-error' : 'field-hint'}
                >
                  {period
                    ? format.period(period, fiscalYear)
                    : t('paste.preview.periodUnread')}
                </span>
              </td>
              <td>
                {parsed.allUnits
                  ? t('measure.allUnits')
                  : units.map((unit) => (
                      <span key={unit.name} className="paste-unit-name">
                        {unit.unitId
                          ? unit.name
                          : t('paste.preview.unknownUnit', { name: unit.name })}
                      </span>
                    ))}
              </td>
              <td>
                <ResultSummary measure={parsed} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
