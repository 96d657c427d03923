import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Workspace } from '@/db/live';
import { setSetting } from '@/db/settings';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { useFormat } from '@/i18n/use-format';
import { useToday } from '@/ui/use-today';

/** Years offered: a few back, the next one for planning, and the one selected. */
function yearsAround(current: number, selected: number): number[] {
  const years = new Set([selected]);
  for (let year = current - 4; year <= current + 1; year++) years.add(year);
  return [...years].sort((a, b) => b - a);
}

export function FiscalYearSwitcher({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const current = fiscalYearOf(useToday());
  return (
    <div className="fy-switcher">
      <label htmlFor={id}>{t('shell.fiscalYear')}</label>
      <select
        id={id}
        value={workspace.fiscalYear}
        onChange={(e) => void setSetting('fiscalYear', Number(e.target.value))}
      >
        {yearsAround(current, workspace.fiscalYear).map((year) => (
          <option key={year} value={year}>
            {format.text(String(year))}
            {year === current ? ` ${t('shell.currentYear')}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
