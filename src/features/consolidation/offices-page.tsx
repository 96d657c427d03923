import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { officesOverview } from '@/db/overview';
import { setSetting } from '@/db/settings';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';

/** Every office on this device, for consolidators who imported many. */
export function OfficesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const rows = useLiveQuery(officesOverview);
  const open = async (officeId: string) => {
    await setSetting('officeId', officeId);
    navigate('/measures');
  };
  const dash = t('consolidation.never');
  return (
    <Page
      title={t('consolidation.title')}
      documentTitle={t('consolidation.title')}
      actions={
        <Link href="/offices/compare" className="btn btn-secondary">
          {t('consolidation.compare')}
        </Link>
      }
    >
      <p className="lead">{t('consolidation.intro')}</p>
      {rows === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('consolidation.office')}</th>
                <th scope="col">{t('consolidation.place')}</th>
                <th scope="col">{t('consolidation.years')}</th>
                <th scope="col" className="num">
                  {t('consolidation.measures')}
                </th>
                <th scope="col" className="num">
                  {t('consolidation.updates')}
                </th>
                <th scope="col">{t('consolidation.lastUpdate')}</th>
                <th scope="col">{t('consolidation.lastImport')}</th>
                <th scope="col" className="num">
                  {t('consolidation.conflicts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.officeId}>
                  <th scope="row">
                    <Button
                      variant="ghost"
                      onClick={() => void open(row.officeId)}
                      aria-label={t('consolidation.open', { office: row.name })}
                    >
                      {row.name}
                    </Button>
                  </th>
                  <td>
                    {[row.district, row.province].filter(Boolean).join(' / ')}
                  </td>
                  <td>
                    {row.fiscalYears
                      .map((y) => format.text(String(y)))
                      .join(', ') || dash}
                  </td>
                  <td className="num">{format.number(row.measures)}</td>
                  <td className="num">{format.number(row.updates)}</td>
                  <td>{row.lastUpdate ? format.date(row.lastUpdate) : dash}</td>
                  <td>
                    {row.lastImport ? format.timestamp(row.lastImport) : dash}
                  </td>
                  <td className="num">{format.number(row.conflicts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
