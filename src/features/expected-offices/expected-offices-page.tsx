import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import {
  addExpectedOffices,
  expectImportedOffices,
  listExpectedOffices,
  removeExpectedOffice,
} from '@/db/expected-offices';
import { listOffices } from '@/db/offices';
import type { ExpectedOffice } from '@/domain/expected/expected-office';
import type { Office } from '@/domain/types';
import { Page } from '@/ui/page';
import { showToast } from '@/ui/toast-store';

import { CsvImport } from './csv-import';
import { HandAdd } from './hand-add';
import { OfficeListTable } from './office-list-table';
import './expected-offices.css';

/** The consolidator's list of the offices they expect to report. */
export function ExpectedOfficesPage() {
  const { t } = useTranslation();
  const id = useId();
  const listed = useLiveQuery(listExpectedOffices);
  const imported = useLiveQuery(listOffices);
  const title = t('expectedOffices.title');
  if (listed === undefined || imported === undefined)
    return (
      <Page title={title} documentTitle={title}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  const linked = new Set(listed.map((e) => e.officeId));
  const notListed = imported.filter((o) => !linked.has(o.id));

  const districtColumn = {
    header: t('expectedOffices.district'),
    cell: (o: { district: string }) => o.district,
  };
  const provinceColumn = {
    header: t('expectedOffices.province'),
    cell: (o: { province: string }) => o.province,
  };
  const addAll = async () => {
    const n = await expectImportedOffices();
    showToast({ message: t('expectedOffices.addedImported', { count: n, n }) });
  };
  const add = ({ id, name, kind, district, province }: Office) =>
    addExpectedOffices(
      [{ name, kind, district, province, officeId: id }],
      'import',
    );
  const remove = async (office: ExpectedOffice) => {
    await removeExpectedOffice(office.id);
    showToast({ message: t('expectedOffices.removed', { name: office.name }) });
  };

  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        listed.length > 0 ? (
          <Link href="/rounds" className="btn btn-secondary">
            {t('roundPage.link')}
          </Link>
        ) : null
      }
    >
      <p className="lead">{t('expectedOffices.intro')}</p>
      <section aria-labelledby={`${id}-imported`}>
        <h2 id={`${id}-imported`}>{t('expectedOffices.notListed')}</h2>
        {notListed.length === 0 ? (
          <p>{t('expectedOffices.addImportedNone')}</p>
        ) : (
          <>
            <button
              type="button"
              className="btn btn-primary expected-add-all"
              onClick={() => void addAll()}
            >
              {t('expectedOffices.addImported', {
                count: notListed.length,
                n: notListed.length,
              })}
            </button>
            <OfficeListTable
              rows={notListed}
              label={t('expectedOffices.notListedLabel')}
              columns={[districtColumn, provinceColumn]}
              action={{
                text: t('expectedOffices.addShort'),
                name: ({ name }) => t('expectedOffices.addOne', { name }),
                run: (office) => void add(office),
              }}
            />
          </>
        )}
      </section>
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>
          {t('expectedOffices.title')}{' '}
          <span className="count">
            {t('expectedOffices.count', {
              count: listed.length,
              n: listed.length,
            })}
          </span>
        </h2>
        {listed.length === 0 ? (
          <p>{t('expectedOffices.empty')}</p>
        ) : (
          <OfficeListTable
            rows={listed}
            label={t('expectedOffices.tableLabel')}
            columns={[
              {
                header: t('expectedOffices.kind'),
                cell: ({ kind }) =>
                  kind ? t(`officeKind.${kind}`) : t('expectedOffices.noKind'),
              },
              districtColumn,
              provinceColumn,
              {
                header: t('expectedOffices.data'),
                cell: ({ officeId }) =>
                  officeId
                    ? t('expectedOffices.imported')
                    : t('expectedOffices.notImported'),
              },
            ]}
            action={{
              text: t('expectedOffices.removeShort'),
              name: ({ name }) => t('expectedOffices.remove', { name }),
              run: (office) => void remove(office),
            }}
          />
        )}
      </section>
      <CsvImport listed={listed} imported={imported} />
      <HandAdd listed={listed} imported={imported} />
    </Page>
  );
}
