import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Workspace } from '@/db/live';
import { setSetting } from '@/db/settings';
import { revealInvisible } from '@/domain/invisible-chars';
import {
  officeIndex,
  searchOffices,
  type OfficeIndex,
} from '@/domain/office-search';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Combobox } from '@/ui/combobox';

/**
 * Which office the app works on, when the device holds more than one: a
 * box in which one types part of a name, district or province (a nation's
 * 8,000 offices made a <select> most of the cold start).
 */
export function OfficeSwitcher({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { offices, office: current } = workspace;
  // Built when the list first opens, not at start-up.
  const search = useMemo(() => {
    let index: OfficeIndex<Office> | undefined;
    return (query: string) => {
      index ??= officeIndex(offices);
      return searchOffices(index, query);
    };
  }, [offices]);
  if (offices.length < 2 || !current) return null;
  return (
    <Combobox
      className="office-picker"
      label={t('consolidation.switcher')}
      selected={current}
      search={search}
      keyOf={(office) => office.id}
      // Look-alike names told apart: hidden characters shown (issue 17).
      nameOf={(office) => revealInvisible(office.name)}
      onChoose={(office) => void setSetting('officeId', office.id)}
      renderOption={(office, chosen) => (
        <>
          <span className="office-option-title">
            <span className="office-option-name">
              {revealInvisible(office.name)}
            </span>
            {chosen ? (
              <span className="office-option-current">
                {t('consolidation.picker.current')}
              </span>
            ) : null}
          </span>
          <span className="office-option-place">
            {t('consolidation.picker.place', {
              district: office.district,
              province: office.province,
            })}
          </span>
        </>
      )}
      describe={(count, query) => {
        const n = format.number(count);
        if (!query?.trim()) return t('consolidation.picker.all', { count, n });
        if (count === 0) return t('consolidation.picker.none', { query });
        return t('consolidation.picker.found', { count, n });
      }}
      hint={t('consolidation.picker.hint')}
      openLabel={t('consolidation.picker.open')}
    />
  );
}
