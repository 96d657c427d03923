import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { getSetting, setSetting } from '@/db/settings';
import type { DigitStyle } from '@/domain/thai-date';
import { usePreferences } from '@/i18n/preferences';

/**
 * The digits the report prints in, as its Thai-digits box was last left on
 * this device (a view setting, like the dashboard's quiet days: it does not
 * travel in bundles); until then, the device's digits preference. The box
 * follows a click at once: the choice is kept in the settings table behind
 * it, so the tick never waits on the database. Undefined while loading.
 */
export function useReportDigits(): [
  DigitStyle | undefined,
  (digits: DigitStyle) => void,
] {
  const preferred = usePreferences().digits;
  const stored = useLiveQuery(
    async () => (await getSetting('reportDigits')) ?? preferred,
    [preferred],
  );
  const [chosen, setChosen] = useState<DigitStyle>();
  const choose = (digits: DigitStyle) => {
    setChosen(digits);
    void setSetting('reportDigits', digits);
  };
  return [chosen ?? stored, choose];
}
