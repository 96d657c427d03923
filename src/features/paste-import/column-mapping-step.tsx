import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  ColumnMapping,
  UnknownColumn,
} from '@/domain/paste/column-mapping';
import type { PasteColumn } from '@/domain/paste/headings';

/** The fields a column can be read as, in the report's order. */
const FIELDS: readonly Exclude<PasteColumn, 'number'>[] = [
  'title',
  'methods',
  'period',
  'result',
  'suggestions',
  'units',
  'outcome',
  'problems',
];

interface ColumnMappingStepProps {
  columns: readonly UnknownColumn[];
  mapping: ColumnMapping;
  /** The fields the header has, those mapped here included. */
  headerColumns: readonly PasteColumn[];
  onMap: (key: string, column: PasteColumn | 'ignore') => void;
}

/**
 * Columns whose heading the app does not know: the person says which field
 * each is, or to leave it out. Until then nothing is saved, so no column is
 * dropped without a word.
 */
export function ColumnMappingStep(props: ColumnMappingStepProps) {
  const { t } = useTranslation();
  if (props.columns.length === 0) return null;
  const mapped = new Set(Object.values(props.mapping));
  // A field the header has by its own heading is taken.
  const taken = new Set(props.headerColumns.filter((c) => !mapped.has(c)));
  return (
    <fieldset className="form-section paste-mapping">
      <legend>{t('paste.mapping.title')}</legend>
      <p className="form-section-hint">{t('paste.mapping.hint')}</p>
      {props.columns.map((column) => (
        <MappingRow
          key={column.key}
          column={column}
          value={props.mapping[column.key]}
          disabled={(field) =>
            taken.has(field) ||
            Object.entries(props.mapping).some(
              ([key, value]) => key !== column.key && value === field,
            )
          }
          onMap={(value) => props.onMap(column.key, value)}
        />
      ))}
    </fieldset>
  );
}

function MappingRow(props: {
  column: UnknownColumn;
  value: PasteColumn | 'ignore' | undefined;
  disabled: (field: PasteColumn) => boolean;
  onMap: (value: PasteColumn | 'ignore') => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { column } = props;
  return (
    <div className="field paste-mapping-row">
      <label htmlFor={id} className="field-label">
        {t('paste.mapping.column', { heading: column.heading })}
      </label>
      <p id={`${id}-values`} className="field-hint">
        {column.repeats
          ? `${t('paste.mapping.repeats', {
              field: t(`paste.mapping.fields.${column.repeats}`),
            })} `
          : null}
        {column.values.length > 0
          ? t('paste.mapping.values', {
              values: column.values.map((v) => `“${v}”`).join(', '),
            })
          : t('paste.mapping.empty')}
      </p>
      <select
        id={id}
        value={props.value ?? ''}
        aria-describedby={`${id}-values`}
        aria-invalid={props.value === undefined || undefined}
        onChange={(e) => props.onMap(e.target.value as PasteColumn | 'ignore')}
      >
        <option value="" disabled>
          {t('paste.mapping.choose')}
        </option>
        {FIELDS.map((field) => (
          <option key={field} value={field} disabled={props.disabled(field)}>
            {t(`paste.mapping.fields.${field}`)}
          </option>
        ))}
        <option value="ignore">{t('paste.mapping.ignore')}</option>
      </select>
    </div>
  );
}
