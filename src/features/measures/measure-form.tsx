import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { MeasureInput } from '@/db/measures';
import type { Office } from '@/domain/types';
import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';
import { LinksField } from '@/ui/links-field';
import { useSaveError } from '@/ui/use-save-error';

import {
  measureFormSchema,
  toFormInput,
  toMeasureInput,
  type MeasureFormInput,
  type MeasureFormValues,
} from './measure-form-schema';
import { MethodsEditor } from './methods-editor';
import { PeriodFields } from './period-fields';
import { UnitsPicker } from './units-picker';

interface MeasureFormProps {
  office: Office;
  measure?: MeasureInput;
  onSave: (input: MeasureInput) => Promise<void>;
  onCancel: () => void;
}

/** Adds or edits a measure: what it is, how, when, by whom, with what evidence. */
export function MeasureForm({
  office,
  measure,
  onSave,
  onCancel,
}: MeasureFormProps) {
  const { t } = useTranslation();
  const form = useForm<MeasureFormInput, unknown, MeasureFormValues>({
    resolver: zodResolver(measureFormSchema),
    defaultValues: toFormInput(measure),
  });
  const { register, handleSubmit, formState } = form;
  const { saveError, runSave } = useSaveError();
  const error = (name: 'title' | 'expectedOutcome' | 'weakness') =>
    translateError(t, formState.errors[name]?.message);

  const onSubmit = handleSubmit((values) =>
    runSave(() => onSave(toMeasureInput(values))),
  );

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label={t('measure.title')} error={error('title')} required>
          {(p) => <textarea {...p} {...register('title')} rows={2} />}
        </Field>
        <MethodsEditor />
        <PeriodFields />
        <UnitsPicker units={office.units} />
        <Field
          label={t('measure.expectedOutcome')}
          error={error('expectedOutcome')}
        >
          {(p) => <textarea {...p} {...register('expectedOutcome')} rows={3} />}
        </Field>
        <Field
          label={t('measure.weakness')}
          hint={t('measure.weaknessHint')}
          error={error('weakness')}
        >
          {(p) => <textarea {...p} {...register('weakness')} rows={2} />}
        </Field>
        <LinksField<MeasureFormInput> name="evidence" />
        {saveError}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={formState.isSubmitting}
          >
            {t('common.save')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
