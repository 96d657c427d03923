import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useOfficeDashboardRows } from '@/db/dashboard-queries';
import { officeDashboard } from '@/domain/dashboard/office-dashboard';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';
import { useToday } from '@/ui/use-today';

import { ItaSection } from './ita-section';
import { KeyFigures } from './key-figures';
import { LateSection } from './late-section';
import { measureLabels } from './measure-labels';
import { QuietSection } from './quiet-section';
import { RoundsSection } from './rounds-section';
import { SignOffSection } from './sign-off-section';
import { StatusSection } from './status-section';
import { TimelineSection } from './timeline-section';
import { UnitsSection } from './units-section';
import { useQuietDays } from './use-quiet-days';
import './dashboard.css';

interface DashboardPageProps {
  office: Office;
  fiscalYear: number;
  /** With several offices on the device, the page links to their comparison. */
  officeCount: number;
}

/** ภาพรวม: where the office's measures of the year stand, every figure linked to its measures. */
export function DashboardPage({
  office,
  fiscalYear,
  officeCount,
}: DashboardPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday();
  const rows = useOfficeDashboardRows(office.id, fiscalYear);
  const quietDays = useQuietDays();
  const year = format.text(String(fiscalYear));
  const dashboard = useMemo(
    () =>
      rows && quietDays !== undefined
        ? officeDashboard({
            rows,
            units: office.units,
            fiscalYear,
            today,
            quietDays,
          })
        : undefined,
    [rows, office.units, fiscalYear, today, quietDays],
  );
  const labels = useMemo(() => measureLabels(rows ?? []), [rows]);

  return (
    <Page
      title={t('dashboard.title', { year })}
      documentTitle={t('dashboard.documentTitle', {
        year,
        office: office.name,
      })}
      actions={
        <>
          {officeCount > 1 ? (
            <Link href="/offices/compare" className="btn btn-secondary">
              {t('dashboard.compareOffices')}
            </Link>
          ) : null}
          <Button onClick={() => window.print()}>{t('dashboard.print')}</Button>
        </>
      }
    >
      <p className="dashboard-print-heading">
        {t('dashboard.printHeading', {
          office: office.name,
          date: format.date(today),
        })}
      </p>
      {!dashboard || quietDays === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : dashboard.facts.length === 0 ? (
        <div className="empty">
          <p>{t('dashboard.empty', { year })}</p>
          <Link href="/measures">{t('dashboard.toMeasures')}</Link>
        </div>
      ) : (
        <div className="dashboard">
          <KeyFigures dashboard={dashboard} quietDays={quietDays} />
          <StatusSection counts={dashboard.statusCounts} />
          <LateSection late={dashboard.late} labels={labels} office={office} />
          <QuietSection
            quiet={dashboard.quiet}
            labels={labels}
            quietDays={quietDays}
          />
          <RoundsSection
            rounds={[dashboard.sixMonth, dashboard.annual]}
            labels={labels}
          />
          <SignOffSection office={office} fiscalYear={fiscalYear} />
          <UnitsSection units={dashboard.units} />
          <TimelineSection timeline={dashboard.timeline} labels={labels} />
        </div>
      )}
      <ItaSection office={office} />
    </Page>
  );
}
