import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { MeasureInput } from '@/db/measures';
import { useFormDraft } from '@/db/use-form-draft';
import type { Office } from '@/domain/types';
import { translateError } from '@/i18n/translate-error';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { DraftNotice } from '@/ui/draft-notice';
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
  /** Where the unsaved typing is kept, e.g. `measure:<id>`. */
  draftKey: string;
  onSave: (input: MeasureInput) => Promise<void>;
  onCancel: () => void;
}

/** Adds or edits a measure: what it is, how, when, by whom, with what evidence. */
export function MeasureForm({
  office,
  measure,
  draftKey,
  onSave,
  onCancel,
}: MeasureFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const initial = toFormInput(measure);
  const form = useForm<MeasureFormInput, unknown, MeasureFormValues>({
    resolver: zodResolver(measureFormSchema),
    defaultValues: initial,
  });
  const draft = useFormDraft(draftKey, form, initial);
  const { register, handleSubmit, formState } = form;
  const { saveError, runSave } = useSaveError();
  const error = (name: 'title' | 'expectedOutcome' | 'weakness') =>
    translateError(t, formState.errors[name]?.message);

  const onSubmit = handleSubmit((values) =>
    runSave(async () => {
      await onSave(toMeasureInput(values));
      await draft.clear();
    }),
  );
  const cancel = async () => {
    await draft.clear();
    onCancel();
  };

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {draft.restoredAt ? (
          <DraftNotice
            savedAt={format.timestamp(draft.restoredAt)}
            onDiscard={() => void draft.discard()}
          />
        ) : null}
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
          <Button onClick={() => void cancel()}>{t('common.cancel')}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
