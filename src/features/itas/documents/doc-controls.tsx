import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import '@/i18n/itas/load';
import { todayIso } from '@/db/clock';
import { toThaiDigits } from '@/domain/digits';
import { isIsoDate } from '@/domain/fiscal-year';
import { officialDate } from '@/domain/oit/official-date';
import type { DigitStyle } from '@/domain/thai-date';
import { usePreferences } from '@/i18n/preferences';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { DateField } from '@/ui/date-field';

export interface DocOptions {
  digits: DigitStyle;
  /** The document's date, written as an official document writes it. */
  dateText: string;
  /** Digits of free text in the digits chosen. */
  text: (text: string) => string;
}

type DateInput = { date: string };

/**
 * A document's date and digits, chosen on the page (the digits start as
 * the device's), with the print button; none of it prints. The date is
 * typed as every date of the app is, in the screen's era (ui/date-field):
 * the form holds the ISO date once the text reads as one.
 */
export function useDocOptions() {
  const { t } = useTranslation('itas');
  const { t: tApp } = useTranslation();
  const format = useFormat();
  const preferred = usePreferences().digits;
  const form = useForm<DateInput>({ defaultValues: { date: todayIso() } });
  const date = useWatch({ control: form.control, name: 'date' });
  const readable = isIsoDate(date);
  const [digits, setDigits] = useState<DigitStyle>(preferred);
  const options: DocOptions = {
    digits,
    dateText: readable ? officialDate(date, format.language, digits) : '',
    text: (s) => (digits === 'thai' ? toThaiDigits(s) : s),
  };
  const controls = (
    <div className="itas-controls form-row">
      <FormProvider {...form}>
        <DateField<DateInput>
          name="date"
          label={t('docs.date')}
          error={
            readable || date === ''
              ? undefined
              : tApp('errors.dateUnreadable', { example: todayIso() })
          }
        />
      </FormProvider>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={digits === 'thai'}
          onChange={(e) => setDigits(e.target.checked ? 'thai' : 'arabic')}
        />{' '}
        {t('docs.thaiDigits')}
      </label>
      <Button variant="primary" onClick={() => window.print()}>
        {t('docs.print')}
      </Button>
      <Link href="/itas">{t('docs.back')}</Link>
    </div>
  );
  return { options, controls };
}
