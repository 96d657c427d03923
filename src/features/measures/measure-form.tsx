import { useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { MeasureInput } from '@/db/measures';
import type { Office } from '@/domain/types';
import { useDraftForm } from '@/forms/use-draft-form';
import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';
import { LinksField } from '@/ui/links-field';

import {
  measureFormSchemaFor,
  toFormInput,
  toMeasureInput,
  type MeasureFormInput,
} from './measure-form-schema';
import { MethodsEditor } from './methods-editor';
import { PeriodFields } from './period-fields';
import { UnitsPicker } from './units-picker';

interface MeasureFormProps {
  office: Office;
  /** The measure's: its months are checked against it. */
  fiscalYear: number;
  measure?: MeasureInput;
  /** Where the unsaved typing is kept, e.g. `measure:<id>`. */
  draftKey: string;
  onSave: (input: MeasureInput) => Promise<void>;
  onCancel: () => void;
}

/** Adds or edits a measure: what it is, how, when, by whom, with what evidence. */
export function MeasureForm({
  office,
  fiscalYear,
  measure,
  draftKey,
  onSave,
  onCancel,
}: MeasureFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => measureFormSchemaFor(fiscalYear), [fiscalYear]);
  const { form, submit, cancel, notice, saveError } = useDraftForm({
    draftKey,
    schema,
    initial: toFormInput(measure),
  });
  const { register, formState } = form;
  const error = (name: 'title' | 'expectedOutcome' | 'weakness') =>
    translateError(t, formState.errors[name]?.message);

  const onSubmit = submit((values) => onSave(toMeasureInput(values)));

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {notice}
        <Field label={t('measure.title')} error={error('title')} required>
          {(p) => <textarea {...p} {...register('title')} rows={2} />}
        </Field>
        <MethodsEditor />
        <PeriodFields fiscalYear={fiscalYear} />
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
          <Button onClick={cancel(onCancel)}>{t('common.cancel')}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
