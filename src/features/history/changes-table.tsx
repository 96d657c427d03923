import { useTranslation } from 'react-i18next';

import type { FieldChange } from '@/domain/record-diff';
import type { MethodsStyle } from '@/domain/types';
import { fieldLabel, inFormOrder } from '@/i18n/record-fields';

import { FieldValue, type ValueContext } from './field-value';

interface ChangesTableProps {
  changes: readonly FieldChange[];
  /**
   * `changes`: each field old → new, side by side; `content`: what a
   * version held (nothing before it to compare with).
   */
  mode: 'changes' | 'content';
  /** The list style of the steps before and after (a measure's). */
  styles: {
    before?: MethodsStyle | undefined;
    after?: MethodsStyle | undefined;
  };
  context: ValueContext;
}

/** A version's fields in the form's order and words, in a real table. */
export function ChangesTable({
  changes,
  mode,
  styles,
  context,
}: ChangesTableProps) {
  const { t } = useTranslation();
  const { kind } = context;
  const byField = new Map(changes.map((c) => [c.field, c]));
  const fields = inFormOrder(kind, byField.keys());
  const before = (change: FieldChange) => (
    <FieldValue
      field={change.field}
      value={change.before}
      methodsStyle={styles.before}
      context={context}
    />
  );
  const after = (change: FieldChange) => (
    <FieldValue
      field={change.field}
      value={change.after}
      methodsStyle={styles.after}
      context={context}
    />
  );
  return (
    <table className={`table history-changes history-${mode}`}>
      <caption>
        {mode === 'changes' ? t('history.changes') : t('history.content')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('history.field')}</th>
          {mode === 'changes' ? (
            <>
              <th scope="col">{t('history.before')}</th>
              <th scope="col">{t('history.after')}</th>
            </>
          ) : (
            <th scope="col">{t('history.value')}</th>
          )}
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const change = byField.get(field) as FieldChange;
          return (
            <tr key={field}>
              <th scope="row">{fieldLabel(t, kind, field)}</th>
              {mode === 'content' ? (
                <td>{after(change)}</td>
              ) : field === 'order' ? (
                // A place in the list is a position among others, not a value to read.
                <td colSpan={2}>{t('history.moved')}</td>
              ) : (
                <>
                  <td className="history-before">{before(change)}</td>
                  <td>{after(change)}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
