import { useLiveQuery } from 'dexie-react-hooks';

import { getSetting, setSetting } from '@/db/settings';
import type { DigitStyle } from '@/domain/thai-date';
import { usePreferences } from '@/i18n/preferences';

/**
 * The digits the report prints in, as its Thai-digits box was last left on
 * this device (a view setting, like the dashboard's quiet days: it does not
 * travel in bundles); until then, the device's digits preference.
 * Undefined while loading.
 */
export function useReportDigits(): DigitStyle | undefined {
  const preferred = usePreferences().digits;
  return useLiveQuery(
    async () => (await getSetting('reportDigits')) ?? preferred,
    [preferred],
  );
}

export function saveReportDigits(digits: DigitStyle): Promise<void> {
  return setSetting('reportDigits', digits);
}
