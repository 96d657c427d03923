import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { exampleMonth } from '@/forms/date-checks';
import { translateError } from '@/i18n/translate-error';
import { MonthField } from '@/ui/month-field';

import type { MeasureFormInput } from './measure-form-schema';

const MONTH_FIELDS = ['from', 'to'] as const;

/** The period: the whole fiscal year, or a month range. */
export function PeriodFields({ fiscalYear }: { fiscalYear: number }) {
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
          {MONTH_FIELDS.map((name) => (
            <MonthField<MeasureFormInput>
              key={name}
              name={name}
              label={t(`period.${name}`)}
              hint={t('period.monthHint', {
                example: exampleMonth(fiscalYear),
              })}
              error={translateError(t, formState.errors[name]?.message)}
              required
              fiscalYear={fiscalYear}
            />
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
