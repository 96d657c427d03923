import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { saveRoundCells } from '@/db/sign-off';
import type { Report } from '@/domain/report/build-report';
import { REPORT_COLUMNS } from '@/domain/report/report-columns';
import { editCell, isEdited, revertCell } from '@/domain/report/report-edits';
import {
  prefilledCells,
  rowCells,
  type ReportLabels,
} from '@/domain/report/report-text';
import type { ReportCell, ReportCellColumn, RoundReport } from '@/domain/types';
import { Button } from '@/ui/button';

interface ReportEditorProps {
  officeId: string;
  report: Report;
  labels: ReportLabels;
  text: RoundReport | null;
}

/**
 * Each cell of the round's report as a text box, as in Word: prefilled
 * from the round's updates, kept as the round's report text when left
 * (blur), marked as edited, with a way back to the prefilled text.
 */
export function ReportEditor({
  officeId,
  report,
  labels,
  text,
}: ReportEditorProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const cells = text?.cells ?? [];
  const ref = { officeId, fiscalYear: report.fiscalYear, round: report.round };

  const save = async (next: ReportCell[]) => {
    setFailed(false);
    try {
      await saveRoundCells(ref, next);
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };

  return (
    <section className="report-editor" aria-labelledby="report-editor-title">
      <h2 id="report-editor-title">{t('report.edit.start')}</h2>
      <p className="field-hint">{t('report.edit.hint')}</p>
      <p role="status">
        {cells.length > 0
          ? t('report.edit.editedCount', { count: cells.length })
          : null}
      </p>
      {failed ? (
        <p role="alert" className="field-error">
          {t('report.edit.saveFailed')}
        </p>
      ) : null}
      {report.rows.map((row) => {
        const prefilled = prefilledCells(row, report, labels);
        const shown = rowCells(row, report, labels);
        return (
          <fieldset key={row.measureId} className="report-editor-row">
            <legend>{shown.title}</legend>
            {REPORT_COLUMNS.map((column: ReportCellColumn) => {
              const name = t('report.edit.cell', {
                column: labels.headings[column],
                number: row.number,
              });
              const edited = isEdited(report, row.measureId, column);
              const id = `cell-${row.measureId}-${column}`;
              return (
                <div key={column} className="field report-editor-cell">
                  <label htmlFor={id} className="field-label">
                    {name}
                    {edited ? (
                      <span className="report-edited-mark">
                        {' '}
                        · {t('report.edit.edited')}
                      </span>
                    ) : null}
                  </label>
                  <textarea
                    // Drawn again when the stored text changes (a revert, an import).
                    key={shown[column]}
                    id={id}
                    defaultValue={shown[column]}
                    rows={Math.min(8, shown[column].split('\n').length + 1)}
                    onBlur={(e) => {
                      const typed = e.target.value;
                      if (typed === shown[column]) return;
                      void save(
                        editCell(
                          cells,
                          { measureId: row.measureId, column, text: typed },
                          prefilled[column],
                        ),
                      );
                    }}
                  />
                  {edited ? (
                    <Button
                      onClick={() =>
                        void save(revertCell(cells, row.measureId, column))
                      }
                      aria-label={t('report.edit.revertCell', {
                        column: labels.headings[column],
                        number: row.number,
                      })}
                    >
                      {t('report.edit.revert')}
                    </Button>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
