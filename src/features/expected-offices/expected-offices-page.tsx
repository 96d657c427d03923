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
import { Page } from '@/ui/page';
import { showToast } from '@/ui/toast-store';

import { CsvImport } from './csv-import';
import { HandAdd } from './hand-add';
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

  const addAll = async () => {
    const n = await expectImportedOffices();
    showToast({ message: t('expectedOffices.addedImported', { count: n, n }) });
  };
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
              className="btn btn-primary"
              onClick={() => void addAll()}
            >
              {t('expectedOffices.addImported', {
                count: notListed.length,
                n: notListed.length,
              })}
            </button>
            <ul className="expected-not-listed">
              {notListed.map((office) => (
                <li key={office.id}>
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() =>
                      void addExpectedOffices(
                        [
                          {
                            name: office.name,
                            kind: office.kind,
                            district: office.district,
                            province: office.province,
                            officeId: office.id,
                          },
                        ],
                        'import',
                      )
                    }
                  >
                    {t('expectedOffices.addOne', { name: office.name })}
                  </button>
                </li>
              ))}
            </ul>
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
          <div className="table-scroll">
            <table className="expected-table">
              <thead>
                <tr>
                  <th scope="col">{t('expectedOffices.name')}</th>
                  <th scope="col">{t('expectedOffices.kind')}</th>
                  <th scope="col">{t('expectedOffices.district')}</th>
                  <th scope="col">{t('expectedOffices.province')}</th>
                  <th scope="col">{t('expectedOffices.data')}</th>
                  <th scope="col" className="sr-only">
                    {t('expectedOffices.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {listed.map((office) => (
                  <tr key={office.id}>
                    <th scope="row">{office.name}</th>
                    <td>
                      {office.kind
                        ? t(`officeKind.${office.kind}`)
                        : t('expectedOffices.noKind')}
                    </td>
                    <td>{office.district}</td>
                    <td>{office.province}</td>
                    <td>
                      {office.officeId
                        ? t('expectedOffices.imported')
                        : t('expectedOffices.notImported')}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-secondary"
                        aria-label={t('expectedOffices.remove', {
                          name: office.name,
                        })}
                        onClick={() => void remove(office)}
                      >
                        {t('expectedOffices.removeShort')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CsvImport listed={listed} imported={imported} />
      <HandAdd listed={listed} imported={imported} />
    </Page>
  );
}
