import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { db } from '@/db/app-db';
import { listConflicts } from '@/db/conflicts';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import { recordLabel } from './record-label';

/** Every record edited apart on different laptops, waiting for a person's choice. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const conflicts = useLiveQuery(async () => {
    const [open, offices] = await Promise.all([
      listConflicts(),
      db.offices.toArray(),
    ]);
    const names = new Map(offices.map((o) => [o.id, o.name]));
    return open.map((c) => ({
      ...c,
      officeName: names.get(c.officeId) ?? c.officeId,
    }));
  });
  return (
    <Page title={t('conflicts.title')} documentTitle={t('conflicts.title')}>
      <p className="lead">{t('conflicts.intro')}</p>
      {conflicts === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : conflicts.length === 0 ? (
        <p className="empty">{t('conflicts.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('conflicts.office')}</th>
              <th scope="col">{t('conflicts.kind')}</th>
              <th scope="col">{t('conflicts.record')}</th>
              <th scope="col" className="num">
                {t('conflicts.versions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={`${c.kind}:${c.recordId}`}>
                <td>
                  {/* A deadline belongs to no office (db/conflicts.ts). */}
                  {c.officeId === '' ? t('deadlines.importRow') : c.officeName}
                </td>
                <td>{t(`exchange.kind.${c.kind}`)}</td>
                <td>
                  <Link href={`/conflicts/${c.kind}/${c.recordId}`}>
                    {c.versions[0]
                      ? recordLabel(t, c.kind, c.versions[0])
                      : c.recordId}
                  </Link>
                </td>
                <td className="num">{format.number(c.versions.length)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
