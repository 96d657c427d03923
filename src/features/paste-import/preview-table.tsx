import { useTranslation } from 'react-i18next';

import type { CleanableCell, RowEdit } from '@/domain/paste/row-edit';
import { useFormat } from '@/i18n/use-format';
import { useProgressiveCount } from '@/ui/use-progressive-count';

import { CellEditor } from './preview-cell-editor';
import { PreviewTexts } from './preview-texts';
import type { PreviewRow } from './use-paste-import';

/**
 * Each measure is some ten text boxes with their hints: a 60-measure report
 * built at once was one ~300 ms task. The first rows come at once (a short
 * paste, all of it), the rest a few per idle slice; what is saved, counted
 * and cleaned up is the rows' state, drawn or not.
 */
const FIRST_ROWS = 12;
const ROWS_PER_SLICE = 6;

interface PreviewTableProps {
  rows: readonly PreviewRow[];
  /** What was read: a new reading draws from its first rows again. */
  reading: object;
  fiscalYear: number;
  onEdit: (index: number, change: Partial<RowEdit>) => void;
  onInclude: (index: number, include: boolean) => void;
  onToggleWrap: (index: number, cell: CleanableCell, at: number) => void;
}

/** The measures read from the paste: untick to leave one out, correct any cell. */
export function PreviewTable(props: PreviewTableProps) {
  const { t } = useTranslation();
  const { rows } = props;
  const drawn = useProgressiveCount(
    rows.length,
    props.reading,
    FIRST_ROWS,
    ROWS_PER_SLICE,
  );
  return (
    // Busy while rows are still to come, so a screen reader waits for them.
    <table
      className="table paste-preview"
      aria-busy={drawn < rows.length || undefined}
    >
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
        {rows.slice(0, drawn).map((row) => (
          <PreviewTableRow key={row.index} row={row} {...props} />
        ))}
      </tbody>
    </table>
  );
}

function PreviewTableRow({
  row,
  fiscalYear,
  onEdit,
  onInclude,
  onToggleWrap,
}: PreviewTableProps & { row: PreviewRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { index, edit, period, include } = row;
  const number = format.number(index + 1);
  const periodError = include && period === null;
  const edited = (cell: CleanableCell) => ({
    cell: edit[cell],
    onChange: (value: RowEdit[CleanableCell]) =>
      onEdit(index, { [cell]: value }),
    onToggle: (at: number) => onToggleWrap(index, cell, at),
  });
  const title = edited('title');
  const methods = edited('methods');
  const units = edited('units');
  return (
    <tr className={include ? undefined : 'paste-left-out'}>
      <td>
        <input
          type="checkbox"
          checked={include}
          aria-label={t('paste.preview.includeLabel', { number })}
          aria-describedby={
            row.existing ? `paste-existing-${index}` : undefined
          }
          onChange={(e) => onInclude(index, e.target.checked)}
        />
      </td>
      <td>
        {row.existing ? (
          <p id={`paste-existing-${index}`} className="paste-existing">
            {t('paste.preview.existing')}
          </p>
        ) : null}
        <CellEditor
          label={t('paste.preview.titleLabel', { number })}
          className="paste-title"
          invalid={include && row.measure.title === ''}
          {...title}
        />
      </td>
      <td>
        <CellEditor
          label={t('paste.preview.methodsLabel', { number })}
          className="paste-wide"
          rows={5}
          {...methods}
        />
      </td>
      <td>
        <input
          className="paste-input"
          value={edit.periodText}
          aria-label={t('paste.preview.periodLabel', { number })}
          aria-invalid={periodError || undefined}
          aria-describedby={`paste-period-${index}`}
          onChange={(e) => onEdit(index, { periodText: e.target.value })}
        />
        <span
          id={`paste-period-${index}`}
          className={periodError ? 'field-error' : 'field-hint'}
        >
          {period
            ? format.period(period, fiscalYear)
            : row.periodProblem
              ? t(`paste.issues.${row.periodProblem}`, {
                  text: edit.periodText,
                })
              : t('paste.preview.periodUnread')}
        </span>
      </td>
      <td>
        <CellEditor
          label={t('paste.preview.unitsLabel', { number })}
          describedBy={`paste-units-${index}`}
          {...units}
        />
        <span id={`paste-units-${index}`} className="field-hint">
          {row.measure.allUnits
            ? t('measure.allUnits')
            : row.units.map((unit) => (
                <span key={unit.name} className="paste-unit-name">
                  {unit.unitId
                    ? unit.name
                    : t('paste.preview.unknownUnit', { name: unit.name })}
                </span>
              ))}
        </span>
      </td>
      <td>
        <PreviewTexts
          number={number}
          links={edit.links}
          onLinks={(links) => onEdit(index, { links })}
          edited={edited}
        />
      </td>
    </tr>
  );
}
