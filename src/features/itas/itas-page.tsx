import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import '@/i18n/itas/load';
import { startFromFramework } from '@/db/oit-items';
import { frameworkOf } from '@/domain/oit/framework';
import { checkableUrls } from '@/domain/oit/sheet';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { ExportButtons } from '@/ui/export-buttons';
import { Page } from '@/ui/page';

import { ChecksBar } from './checks-bar';
import { sheetTable } from './sheet-export';
import { SheetItemCard } from './sheet-item';
import { useItasData } from './use-itas-data';
import { useLinkCheckRun } from './use-link-checks';
import './itas.css';

/**
 * The ITAS answer sheet of the office's year (issue 16): each OIT item with
 * the links to paste, checked in the background, printable and exported.
 */
export function ItasPage({
  office,
  fiscalYear,
}: {
  office: Office;
  fiscalYear: number;
}) {
  const { t } = useTranslation('itas');
  const format = useFormat();
  const data = useItasData(office.id, fiscalYear);
  const urls = data ? checkableUrls(data.sheet) : [];
  const run = useLinkCheckRun(urls);
  const title = t('sheet.title', { year: fiscalYear });
  if (!data) return <p role="status">{t('sheet.loading')}</p>;
  const framework = frameworkOf(fiscalYear);
  return (
    <Page
      title={title}
      documentTitle={t('sheet.documentTitle')}
      actions={
        <>
          <Link href="/itas/items/new" className="btn btn-primary">
            {t('sheet.addItem')}
          </Link>
          <Button onClick={() => window.print()}>{t('sheet.print')}</Button>
          <ExportButtons
            name={t('sheet.exportName')}
            fileName={`itas-${fiscalYear}`}
            table={() =>
              sheetTable(
                t,
                `${title} ${office.name}`,
                data.sheet,
                run.checks,
                format,
              )
            }
          />
        </>
      }
    >
      <p className="itas-intro">{t('sheet.intro')}</p>
      <nav className="itas-documents" aria-label={t('sheet.documents')}>
        <Link href="/itas/announcement">{t('sheet.announcement')}</Link>
        <Link href="/itas/publication-request">
          {t('sheet.publicationRequest')}
        </Link>
      </nav>
      <ChecksBar run={run} urls={urls} />
      {data.sheet.length === 0 ? (
        <div className="itas-empty">
          <p>{t('sheet.none')}</p>
          {framework ? (
            <>
              <p className="form-section-hint">
                {t('sheet.startFromHint', {
                  framework: framework.framework,
                  numbers: framework.items.map((i) => i.number).join(', '),
                })}
              </p>
              <Button
                variant="primary"
                onClick={() =>
                  void startFromFramework(office.id, fiscalYear, framework)
                }
              >
                {t('sheet.startFrom', { framework: framework.framework })}
              </Button>
            </>
          ) : (
            <p>{t('sheet.noFramework')}</p>
          )}
        </div>
      ) : (
        data.sheet.map((row) => (
          <SheetItemCard key={row.item.id} row={row} checks={run.checks} />
        ))
      )}
    </Page>
  );
}
