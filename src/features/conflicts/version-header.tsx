import { useTranslation } from 'react-i18next';

import { deviceName } from '@/bundle/device-name';
import type { VersionOrigin } from '@/db/app-db';
import { revGeneration } from '@/domain/revision';
import type { Revisioned } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

interface VersionHeaderProps {
  version: Revisioned;
  index: number;
  /** Where it came from; undefined when the app does not know. */
  origin: VersionOrigin | undefined;
  onKeep: () => void;
  /** Chosen whole (a kind resolved whole); undefined where fields are chosen. */
  kept?: boolean | undefined;
}

function OriginLine({ origin }: { origin: VersionOrigin | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!origin) return t('conflicts.origin.unknown');
  if (origin.from === 'device') return t('conflicts.origin.device');
  if (origin.from === 'server')
    return t('conflicts.origin.server', {
      database: origin.database,
      pulledAt: format.timestamp(origin.pulledAt),
    });
  const name = deviceName(origin.device);
  return t('conflicts.origin.file', {
    file: origin.file,
    device: 'text' in name ? name.text : t('conflicts.deviceOn', name),
    exportedAt: format.timestamp(origin.exportedAt),
    importedAt: format.timestamp(origin.importedAt),
  });
}

/**
 * A version's column head: which it is, where it came from, when it was
 * saved, and "keep it all".
 */
export function VersionHeader({
  version,
  index,
  origin,
  onKeep,
  kept,
}: VersionHeaderProps) {
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
        <OriginLine origin={origin} />
      </div>
      <div className="field-hint">
        {t('conflicts.savedAt', {
          time: format.timestamp(version.updatedAt),
          n: revGeneration(version.rev),
        })}
      </div>
      <Button onClick={onKeep} aria-pressed={kept}>
        {t('conflicts.keepThis', { n: index + 1 })}
      </Button>
    </th>
  );
}
