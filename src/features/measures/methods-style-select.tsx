import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { methodsStyleOf, stepMarker } from '@/domain/methods-style';
import { METHODS_STYLES, type MethodsStyle } from '@/domain/types';
import { usePreferences } from '@/i18n/preferences';
import { Field } from '@/ui/field';

import type { MeasureFormInput } from './measure-form-schema';

/**
 * How the report lists the steps (๑. ๒. / - / no marker). A measure that
 * keeps no style shows the one the report gives it by its number of steps,
 * and keeps none until the person picks one, so opening and saving the form
 * changes nothing.
 */
export function MethodsStyleSelect() {
  const { t } = useTranslation();
  const { digits } = usePreferences();
  const { control } = useFormContext<MeasureFormInput>();
  const { field } = useController({ control, name: 'methodsStyle' });
  const methods = useWatch({ control, name: 'methods' });
  const shown = methodsStyleOf({
    methods: methods.map((m) => m.text),
    methodsStyle: field.value,
  });
  // "๑. ๒. ๓." in the digits the person reads.
  const numbers = [0, 1, 2]
    .map((i) => stepMarker('numbered', i, digits).trim())
    .join(' ');

  return (
    <Field label={t('measure.methodsStyle')}>
      {(p) => (
        <select
          {...p}
          ref={field.ref}
          name={field.name}
          value={shown}
          onBlur={field.onBlur}
          onChange={(e) => field.onChange(e.target.value as MethodsStyle)}
        >
          {METHODS_STYLES.map((style) => (
            <option key={style} value={style}>
              {t(`measure.methodsStyles.${style}`, { example: numbers })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
