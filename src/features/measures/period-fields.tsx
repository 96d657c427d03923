import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { translateError } from '@/i18n/translate-error';
import { Field } from '@/ui/field';

import type { MeasureFormInput } from './measure-form-schema';

/** The period: the whole fiscal year, or a month range. */
export function PeriodFields() {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<MeasureFormInput>();
  const kind = useWatch({ control, name: 'periodKind' });
  return (
    <fieldset className="form-section">
      <legend>{t('measure.period')}</legend>
      <div className="choice-row">
        <label className="choice">
          <input type="radio" value="fiscal-year" {...register('periodKind')} />
          {t('period.wholeYear')}
        </label>
        <label className="choice">
          <input type="radio" value="months" {...register('periodKind')} />
          {t('period.months')}
        </label>
      </div>
      {kind === 'months' ? (
        <div className="form-row">
          <Field
            label={t('period.from')}
            error={translateError(t, formState.errors.from?.message)}
            required
          >
            {(p) => <input {...p} {...register('from')} type="month" />}
          </Field>
          <Field
            label={t('period.to')}
            error={translateError(t, formState.errors.to?.message)}
            required
          >
            {(p) => <input {...p} {...register('to')} type="month" />}
          </Field>
        </div>
      ) : null}
    </fieldset>
  );
}
