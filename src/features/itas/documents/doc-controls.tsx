import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import '@/i18n/itas/load';
import { todayIso } from '@/db/clock';
import { toThaiDigits } from '@/domain/digits';
import { officialDate } from '@/domain/oit/official-date';
import type { DigitStyle } from '@/domain/thai-date';
import { usePreferences } from '@/i18n/preferences';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

export interface DocOptions {
  digits: DigitStyle;
  /** The document's date, written as an official document writes it. */
  dateText: string;
  /** Digits of free text in the digits chosen. */
  text: (text: string) => string;
}

/**
 * A document's date and digits, chosen on the page (the digits start as
 * the device's), with the print button; none of it prints.
 */
export function useDocOptions() {
  const { t } = useTranslation('itas');
  const format = useFormat();
  const preferred = usePreferences().digits;
  const [date, setDate] = useState(todayIso());
  const [digits, setDigits] = useState<DigitStyle>(preferred);
  const dateId = useId();
  const options: DocOptions = {
    digits,
    dateText: date ? officialDate(date, format.language, digits) : '',
    text: (s) => (digits === 'thai' ? toThaiDigits(s) : s),
  };
  const controls = (
    <div className="itas-controls form-row">
      <div className="field">
        <label htmlFor={dateId} className="field-label">
          {t('docs.date')}
        </label>
        <input
          id={dateId}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
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
