import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { declinePersonName, PERSON_NAME_MAX, setPersonName } from '@/db/person';
import { useDraftForm } from '@/forms/use-draft-form';
import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';
import { showToast } from '@/ui/toast-store';

import { askedNameSchema, PERSON_DRAFT } from './person-name-schema';

export interface PersonPromptProps {
  /** Where focus goes once the question is answered and goes away. */
  onDone: () => void;
}

/** The question itself (person-prompt.tsx says when it is asked). */
export function PersonPromptForm({ onDone }: PersonPromptProps) {
  const { t } = useTranslation();
  const id = useId();
  const { form, submit, cancel, notice, saveError } = useDraftForm({
    draftKey: PERSON_DRAFT,
    schema: askedNameSchema,
    initial: { name: '' },
  });
  const { register, formState } = form;
  const onSubmit = submit(async ({ name }) => {
    await setPersonName(name);
    showToast({ message: t('person.saved', { name }) });
    onDone();
  });
  const notNow = cancel(() => {
    declinePersonName().then(onDone, (error: unknown) => console.error(error));
  });
  return (
    <form
      className="reminder person-prompt"
      aria-labelledby={`${id}-ask`}
      onSubmit={onSubmit}
      noValidate
    >
      {notice}
      <p role="status">
        <strong id={`${id}-ask`}>{t('person.ask')}</strong> {t('person.why')}
      </p>
      <Field
        label={t('person.name')}
        error={translateError(t, formState.errors.name?.message)}
      >
        {(p) => (
          <input
            {...p}
            {...register('name')}
            maxLength={PERSON_NAME_MAX}
            autoComplete="name"
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {t('person.save')}
        </Button>
        <Button onClick={notNow}>{t('person.notNow')}</Button>
      </div>
      {saveError}
    </form>
  );
}
