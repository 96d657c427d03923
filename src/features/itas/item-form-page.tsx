import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import '@/i18n/itas/load';
import { useMeasures } from '@/db/live';
import {
  createOitItem,
  DuplicateItemNumberError,
  updateOitItem,
  useOitItems,
  type OitItemInput,
} from '@/db/oit-items';
import {
  OIT_DOCUMENTS,
  type Measure,
  type Office,
  type OitItem,
} from '@/domain/types';
import { useDraftForm } from '@/forms/use-draft-form';
import { messageWith, translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';
import { LinksField } from '@/ui/links-field';
import { Page } from '@/ui/page';

import { itemFormValues, itemSchema, type ItemFormValues } from './item-schema';
import { documentName } from './source-text';
import './itas.css';

const URL_PLACEHOLDER = 'https://';

/** Adds an OIT item to the year (`itemId` unset) or edits one. */
export function ItemFormPage({
  office,
  fiscalYear,
  itemId,
}: {
  office: Office;
  fiscalYear: number;
  itemId?: string;
}) {
  const { t } = useTranslation('itas');
  const items = useOitItems(office.id, fiscalYear);
  const measures = useMeasures(office.id, fiscalYear);
  if (!items || !measures) return <p role="status">{t('sheet.loading')}</p>;
  const item = itemId ? items.find((i) => i.id === itemId) : undefined;
  if (itemId && !item) return <p role="alert">{t('form.notFound')}</p>;
  const taken = items.filter((i) => i.id !== itemId).map((i) => i.number);
  return (
    <Page
      title={
        item
          ? t('form.editTitle', { number: item.number })
          : t('form.newTitle', { year: fiscalYear })
      }
      documentTitle={t('sheet.documentTitle')}
    >
      <ItemForm
        key={item?.id ?? 'new'}
        office={office}
        fiscalYear={fiscalYear}
        item={item}
        taken={taken}
        measures={measures}
      />
    </Page>
  );
}

function ItemForm({
  office,
  fiscalYear,
  item,
  taken,
  measures,
}: {
  office: Office;
  fiscalYear: number;
  item: OitItem | undefined;
  taken: string[];
  measures: Measure[];
}) {
  const { t } = useTranslation('itas');
  // The schema's messages name their namespace (itas:errors.…).
  const { t: tAny } = useTranslation();
  const [, navigate] = useLocation();
  const { form, submit, cancel, notice, saveError } = useDraftForm({
    draftKey: item ? `oit:${item.id}` : `oit:new:${office.id}:${fiscalYear}`,
    schema: itemSchema(taken),
    initial: itemFormValues(item),
  });
  const { register, watch, formState, setError } = form;
  const errors = formState.errors;
  const error = (message: string | undefined) => translateError(tAny, message);
  const onSubmit = submit(async (input: OitItemInput) => {
    try {
      if (item) await updateOitItem(item, input);
      else await createOitItem(office.id, fiscalYear, input);
    } catch (e) {
      // Another tab took the number meanwhile: said at the field, as the schema says it.
      if (e instanceof DuplicateItemNumberError) {
        setError('number', {
          message: messageWith('itas:errors.duplicateNumber', {
            number: e.number,
          }),
        });
        throw e;
      }
      throw e;
    }
    navigate('/itas');
  });
  const allMeasures = watch('allMeasures');
  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {notice}
        <Field
          label={t('form.number')}
          hint={t('form.numberHint')}
          error={error(errors.number?.message)}
          required
        >
          {(p) => <input {...p} {...register('number')} autoComplete="off" />}
        </Field>
        <Field
          label={t('form.title')}
          error={error(errors.title?.message)}
          required
        >
          {(p) => <input {...p} {...register('title')} />}
        </Field>
        <Field label={t('form.asks')}>
          {(p) => <textarea {...p} {...register('asks')} rows={3} />}
        </Field>
        <fieldset className="form-section">
          <legend>{t('form.documents')}</legend>
          <p className="form-section-hint">{t('form.documentUrlHint')}</p>
          {OIT_DOCUMENTS.map((kind) => (
            <div key={kind} className="itas-document-field">
              <label className="checkbox">
                <input type="checkbox" {...register(`documents.${kind}.on`)} />{' '}
                {documentName(t, kind)}
              </label>
              {watch(`documents.${kind}.on`) ? (
                <Field
                  label={t('form.documentUrl', {
                    document: documentName(t, kind),
                  })}
                  error={error(errors.documents?.[kind]?.url?.message)}
                >
                  {(p) => (
                    <input
                      {...p}
                      {...register(`documents.${kind}.url`)}
                      type="url"
                      inputMode="url"
                      placeholder={URL_PLACEHOLDER}
                    />
                  )}
                </Field>
              ) : null}
            </div>
          ))}
        </fieldset>
        <LinksField<ItemFormValues> name="links" />
        <fieldset className="form-section">
          <legend>{t('form.measures')}</legend>
          <label className="checkbox">
            <input type="checkbox" {...register('allMeasures')} />{' '}
            {t('form.allMeasures')}
          </label>
          {allMeasures ? null : (
            <ul className="itas-measure-picks">
              {measures.map((m, i) => (
                <li key={m.id}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      value={m.id}
                      {...register('measureIds')}
                    />{' '}
                    {i + 1}. {m.title}
                  </label>
                </li>
              ))}
            </ul>
          )}
          <label className="checkbox">
            <input type="checkbox" {...register('withUpdates')} />{' '}
            {t('form.withUpdates')}
          </label>
        </fieldset>
        {saveError}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={formState.isSubmitting}
          >
            {t('form.save')}
          </Button>
          <Button onClick={cancel(() => navigate('/itas'))}>
            {t('form.cancel')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
