import { useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { setItaResults } from '@/db/offices';
import { parseNumber } from '@/domain/digits';
import { suggestedItaLevel } from '@/domain/ita-level';
import type { Office } from '@/domain/types';
import { useDraftForm } from '@/forms/use-draft-form';
import { useSavedNote } from '@/forms/use-saved-note';
import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

import { itaResultsSchema, toRows } from './ita-results-schema';

/** The office's ITA score and level for each past fiscal year, typed by hand. */
export function ItaResultsForm({ office }: { office: Office }) {
  const { t } = useTranslation();
  const [initial] = useState(() => toRows(office.itaResults ?? []));
  const { form, submit, notice, saveError } = useDraftForm({
    draftKey: `ita:${office.id}`,
    schema: itaResultsSchema,
    initial,
  });
  const { control, register, formState } = form;
  const { fields, append, remove } = useFieldArray({
    control,
    name: 'results',
    keyName: 'key',
  });
  const { markSaved, note } = useSavedNote(form, t('ita.saved'));
  const errors = formState.errors.results;

  const rows = useWatch({ control, name: 'results' });
  // A hint, not a value written into the field: typing must never be
  // mixed with text the app put there.
  const suggestion = (index: number) => {
    const score = parseNumber(rows[index]?.score ?? '');
    return score === null || score < 0 || score > 100
      ? undefined
      : t('ita.suggested', { level: suggestedItaLevel(score) });
  };
  const onSubmit = submit(async (values) => {
    await setItaResults(office.id, values.results);
    markSaved();
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {notice}
      <p className="form-section-hint">{t('ita.hint')}</p>
      <ol className="editable-list">
        {fields.map((field, index) => (
          <li key={field.key} className="editable-list-item ita-row">
            <Field
              label={t('ita.fiscalYear', { n: index + 1 })}
              error={translateError(t, errors?.[index]?.fiscalYear?.message)}
              required
            >
              {(p) => (
                <input
                  {...p}
                  {...register(`results.${index}.fiscalYear`)}
                  inputMode="numeric"
                  size={6}
                />
              )}
            </Field>
            <Field
              label={t('ita.score', { n: index + 1 })}
              error={translateError(t, errors?.[index]?.score?.message)}
              required
            >
              {(p) => (
                <input
                  {...p}
                  {...register(`results.${index}.score`)}
                  inputMode="decimal"
                  size={6}
                />
              )}
            </Field>
            <Field
              label={t('ita.level', { n: index + 1 })}
              hint={suggestion(index)}
              error={translateError(t, errors?.[index]?.level?.message)}
              required
            >
              {(p) => (
                <input
                  {...p}
                  {...register(`results.${index}.level`)}
                  size={6}
                />
              )}
            </Field>
            <Button
              variant="ghost"
              onClick={() => remove(index)}
              aria-label={t('ita.remove', { n: index + 1 })}
            >
              {t('common.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <Button onClick={() => append({ fiscalYear: '', score: '', level: '' })}>
        {t('ita.add')}
      </Button>
      {saveError}
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={formState.isSubmitting}
        >
          {t('ita.save')}
        </Button>
        {note}
      </div>
    </form>
  );
}
