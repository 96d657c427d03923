import { useTranslation } from 'react-i18next';

import { revGeneration } from '@/domain/revision';
import type { Revisioned } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

interface VersionHeaderProps {
  version: Revisioned;
  index: number;
  onKeep: () => void;
}

/** A version's column head: which it is, when it was saved, and "keep it all". */
export function VersionHeader({ version, index, onKeep }: VersionHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <th scope="col">
      <div>
        {index === 0
          ? t('conflicts.shownVersion')
          : t('conflicts.otherVersion', { n: index + 1 })}
      </div>
      <div className="field-hint">
        {t('conflicts.savedAt', {
          time: format.timestamp(version.updatedAt),
          n: revGeneration(version.rev),
        })}
      </div>
      {version.deleted ? (
        <div className="badge badge-late">{t('conflicts.deletedVersion')}</div>
      ) : null}
      <Button onClick={onKeep}>
        {t('conflicts.keepThis', { n: index + 1 })}
      </Button>
    </th>
  );
}
