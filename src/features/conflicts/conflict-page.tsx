import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { RECORD_KINDS, type RecordKind } from '@/bundle/record-schemas';
import { db } from '@/db/app-db';
import { getConflict } from '@/db/conflicts';
import type { Office } from '@/domain/types';
import { Page } from '@/ui/page';

import { ConflictResolver } from './conflict-resolver';

interface ConflictPageProps {
  kind: string;
  recordId: string;
  office: Office;
}

const isKind = (kind: string): kind is RecordKind =>
  (RECORD_KINDS as readonly string[]).includes(kind);

/** One record's conflicting versions side by side, to choose or combine. */
export function ConflictPage({ kind, recordId, office }: ConflictPageProps) {
  const { t } = useTranslation();
  const data = useLiveQuery(async () => {
    if (!isKind(kind)) return null;
    const conflict = await getConflict(kind, recordId);
    if (!conflict) return null;
    const officeId = conflict.officeId;
    const owner =
      officeId === office.id ? office : await db.offices.get(officeId);
    const [version] = conflict.versions;
    const measureId = (version as { measureId?: string }).measureId;
    const measure = measureId ? await db.measures.get(measureId) : undefined;
    const names = { office: owner?.name, measure: measure?.title };
    return { conflict, units: owner?.units ?? [], names };
  }, [kind, recordId, office]);

  const title = t('conflicts.resolveTitle');
  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (data === null) {
    return (
      <Page title={title} documentTitle={title}>
        <p role="status">{t('conflicts.gone')}</p>
        <Link href="/conflicts">{t('conflicts.backToList')}</Link>
      </Page>
    );
  }
  return (
    <Page title={title} documentTitle={title}>
      <ConflictResolver
        conflict={data.conflict}
        units={data.units}
        names={data.names}
      />
    </Page>
  );
}
