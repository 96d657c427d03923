import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Workspace } from '@/db/live';
import { setSetting } from '@/db/settings';

/** Which office the app works on, when the device holds more than one. */
export function OfficeSwitcher({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const id = useId();
  if (workspace.offices.length < 2 || !workspace.office) return null;
  return (
    <div className="fy-switcher">
      <label htmlFor={id}>{t('consolidation.switcher')}</label>
      <select
        id={id}
        value={workspace.office.id}
        onChange={(e) => void setSetting('officeId', e.target.value)}
      >
        {workspace.offices.map((office) => (
          <option key={office.id} value={office.id}>
            {office.name}
          </option>
        ))}
      </select>
    </div>
  );
}
