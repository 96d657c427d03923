import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Unit } from '@/domain/types';
import { translateError } from '@/i18n/translate-error';

import type { MeasureFormInput } from './measure-form-schema';

/** Responsible units: some of the office's units, or ทุกส่วนราชการ. */
export function UnitsPicker({ units }: { units: readonly Unit[] }) {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<MeasureFormInput>();
  const allUnits = useWatch({ control, name: 'allUnits' });
  const error = translateError(t, formState.errors.unitIds?.message);
  return (
    <fieldset
      className={error ? 'form-section field-invalid' : 'form-section'}
      aria-describedby={error ? 'units-error' : undefined}
    >
      <legend>{t('measure.units')}</legend>
      <label className="choice">
        <input type="checkbox" {...register('allUnits')} />
        {t('measure.allUnits')}
      </label>
      <div
        className={allUnits ? 'choice-grid choice-grid-muted' : 'choice-grid'}
      >
        {units.map((unit) => (
          <label key={unit.id} className="choice">
            <input type="checkbox" value={unit.id} {...register('unitIds')} />
            {unit.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id="units-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
