/** Settings: the name of the person at this device, to set, change or remove. */
import { useTranslation } from 'react-i18next';

import { PERSON_NAME_MAX, setPersonName, usePerson } from '@/db/person';
import { useDraftForm } from '@/forms/use-draft-form';
import { useSavedNote } from '@/forms/use-saved-note';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

import { nameSchema, PERSON_DRAFT } from './person-name-schema';

export function PersonPanel() {
  const { t } = useTranslation();
  const person = usePerson();
  return (
    <section className="card" aria-labelledby="person-title">
      <h2 id="person-title">{t('person.title')}</h2>
      <p>{t('person.intro')}</p>
      {person ? (
        <NameForm name={person.name ?? ''} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

function NameForm({ name }: { name: string }) {
  const { t } = useTranslation();
  const { form, submit, notice, saveError } = useDraftForm({
    draftKey: PERSON_DRAFT,
    schema: nameSchema,
    initial: { name },
  });
  const { markSaved, note } = useSavedNote(form, t('person.savedNote'));
  const onSubmit = submit(async (values) => {
    await setPersonName(values.name);
    markSaved();
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {notice}
      <Field label={t('person.name')} hint={t('person.hint')}>
        {(p) => (
          <input
            {...p}
            {...form.register('name')}
            maxLength={PERSON_NAME_MAX}
            autoComplete="name"
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {t('person.save')}
        </Button>
        {note}
      </div>
      {saveError}
    </form>
  );
}
