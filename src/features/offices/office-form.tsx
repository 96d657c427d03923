import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { newId } from '@/db/clock';
import { createOffice, updateOffice } from '@/db/offices';
import { defaultUnitNames } from '@/domain/office-defaults';
import { OFFICE_KINDS, type Office } from '@/domain/types';
import { useDraftForm } from '@/forms/use-draft-form';
import { useSavedNote } from '@/forms/use-saved-note';
import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

import { officeFormSchema, type OfficeFormInput } from './office-form-schema';
import { SignatoryFields } from './signatory-fields';
import { UnitsEditor } from './units-editor';

const blankSignatory = { name: '', position: '' };

function initialValues(office: Office | undefined): OfficeFormInput {
  if (office) {
    const { name, kind, district, province, website, units } = office;
    const { preparedBy, endorsedBy, approvedBy } = office;
    return {
      name,
      kind,
      district,
      province,
      website,
      units,
      preparedBy,
      endorsedBy,
      approvedBy,
    };
  }
  return {
    name: '',
    kind: 'subdistrict-municipality',
    district: '',
    province: '',
    website: '',
    units: defaultUnitNames('subdistrict-municipality').map((name) => ({
      id: newId(),
      name,
    })),
    preparedBy: blankSignatory,
    endorsedBy: blankSignatory,
    approvedBy: blankSignatory,
  };
}

interface OfficeFormProps {
  office?: Office;
  /** After a save; editing an office also says "saved" beside the button. */
  onSaved?: (office: Office) => void;
}

/** Sets up a new office or edits one: its identity, units and signatories. */
export function OfficeForm({ office, onSaved }: OfficeFormProps) {
  const { t } = useTranslation();
  // Once per mount: a new office's default units get fresh ids.
  const [initial] = useState(() => initialValues(office));
  const { form, submit, notice, saveError } = useDraftForm({
    draftKey: office ? `office:${office.id}` : 'office:new',
    schema: officeFormSchema,
    initial,
  });
  const { register, formState, getFieldState, setValue } = form;
  const { markSaved, note } = useSavedNote(form, t('settings.officeSaved'));
  const error = (name: 'name' | 'district' | 'province' | 'website' | 'kind') =>
    translateError(t, formState.errors[name]?.message);

  const onKindChange = (kind: OfficeFormInput['kind']) => {
    // Offer the kind's usual units until the person has edited the list.
    if (!getFieldState('units').isDirty) {
      const units = defaultUnitNames(kind).map((name) => ({
        id: newId(),
        name,
      }));
      setValue('units', units);
    }
  };

  const onSubmit = submit(async (values) => {
    const saved = office
      ? await updateOffice(office.id, values)
      : await createOffice(values);
    markSaved();
    onSaved?.(saved);
  });

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {notice}
        <fieldset className="form-section">
          <legend>{t('office.identity')}</legend>
          <Field
            label={t('office.name')}
            hint={t('office.nameHint')}
            error={error('name')}
            required
          >
            {(p) => (
              <input {...p} {...register('name')} autoComplete="organization" />
            )}
          </Field>
          <Field label={t('office.kind')} error={error('kind')} required>
            {(p) => (
              <select
                {...p}
                {...register('kind', {
                  onChange: (e) => onKindChange(e.target.value),
                })}
              >
                {OFFICE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`officeKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-row">
            <Field
              label={t('office.district')}
              error={error('district')}
              required
            >
              {(p) => <input {...p} {...register('district')} />}
            </Field>
            <Field
              label={t('office.province')}
              error={error('province')}
              required
            >
              {(p) => <input {...p} {...register('province')} />}
            </Field>
          </div>
          <Field
            label={t('office.website')}
            hint={t('office.websiteHint')}
            error={error('website')}
          >
            {(p) => (
              <input
                {...p}
                {...register('website')}
                type="url"
                inputMode="url"
              />
            )}
          </Field>
        </fieldset>
        <UnitsEditor />
        <fieldset className="form-section">
          <legend>{t('office.signatories')}</legend>
          <p className="form-section-hint">{t('office.signatoriesHint')}</p>
          <SignatoryFields name="preparedBy" />
          <SignatoryFields name="endorsedBy" />
          <SignatoryFields name="approvedBy" />
        </fieldset>
        {saveError}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={formState.isSubmitting}
          >
            {office ? t('settings.saveOffice') : t('office.create')}
          </Button>
          {office ? note : null}
        </div>
      </form>
    </FormProvider>
  );
}
