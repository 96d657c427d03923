import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { setItaResults } from '@/db/offices';
import { useFormDraft } from '@/db/use-form-draft';
import { parseNumber } from '@/domain/digits';
import { suggestedItaLevel } from '@/domain/ita-level';
import type { Office } from '@/domain/types';
import { translateError } from '@/i18n/translate-error';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { DraftNotice } from '@/ui/draft-notice';
import { Field } from '@/ui/field';
import { useSaveError } from '@/ui/use-save-error';

import {
  itaResultsSchema,
  toRows,
  type ItaResultsInput,
  type ItaResultsValues,
} from './ita-results-schema';

/** The office's ITA score and level for each past fiscal year, typed by hand. */
export function ItaResultsForm({ office }: { office: Office }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [initial] = useState(() => toRows(office.itaResults ?? []));
  const form = useForm<ItaResultsInput, unknown, ItaResultsValues>({
    resolver: zodResolver(itaResultsSchema),
    defaultValues: initial,
  });
  const { control, register, handleSubmit, formState, getValues, setValue } =
    form;
  const { fields, append, remove } = useFieldArray({
    control,
    name: 'results',
    keyName: 'key',
  });
  const draft = useFormDraft(`ita:${office.id}`, form, initial);
  const { saveError, runSave } = useSaveError();
  const [saved, setSaved] = useState(false);
  const errors = formState.errors.results;

  const suggestLevel = (index: number) => {
    const score = parseNumber(getValues(`results.${index}.score`));
    if (score !== null && !getValues(`results.${index}.level`)) {
      setValue(`results.${index}.level`, suggestedItaLevel(score));
    }
  };
  const onSubmit = handleSubmit((values) =>
    runSave(async () => {
      await setItaResults(office.id, values.results);
      await draft.clear();
      setSaved(true);
    }),
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {draft.restoredAt ? (
        <DraftNotice
          savedAt={format.timestamp(draft.restoredAt)}
          onDiscard={() => void draft.discard()}
        />
      ) : null}
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
                  {...register(`results.${index}.score`, {
                    onBlur: () => suggestLevel(index),
                  })}
                  inputMode="decimal"
                  size={6}
                />
              )}
            </Field>
            <Field
              label={t('ita.level', { n: index + 1 })}
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
      <p role="status" className="saved-note">
        {saved ? t('ita.saved') : null}
      </p>
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={formState.isSubmitting}
        >
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
