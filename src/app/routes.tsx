import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';

import type { FirstScreenNeeds } from '@/db/first-screen';
import { useWorkspace } from '@/db/live';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { MeasuresPage } from '@/features/measures/measures-page';
import { preloadChart } from '@/ui/chart';
import { useToday } from '@/ui/use-today';

import { itasRoutes } from './itas-routes';
import {
  ConflictPage,
  ConflictsPage,
  CurrentRound,
  DashboardPage,
  DeletedMeasuresPage,
  DeletedUpdatesPage,
  ExchangePage,
  ExpectedOfficesPage,
  MeasureEditPage,
  MeasureHistoryPage,
  MeasureNewPage,
  MeasurePage,
  NextYearPage,
  OfficeHistoryPage,
  OfficesComparePage,
  OfficesPage,
  PasteImportPage,
  ReportPage,
  RoundPage,
  SettingsPage,
  SetupPage,
  UpdateHistoryPage,
} from './lazy-pages';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

/**
 * Starts loading the page the app opens on (and, for the dashboard, its
 * charts), so it is there when the database has opened.
 */
export function preloadRoute(path: string): Promise<unknown> {
  if (!isDashboard(path)) return Promise.resolve();
  void preloadChart();
  return DashboardPage.preload();
}

/** What the page the app opens on reads first (see db/first-screen.ts). */
export function firstScreenNeeds(path: string): FirstScreenNeeds {
  return {
    officeRows: path === '/measures' || isDashboard(path),
    quietDays: isDashboard(path),
  };
}

// The overview is where a returning manager starts (issue 6).
const isDashboard = (path: string) => path === '/' || path === '/dashboard';

/** Routes the app: first-run setup until an office exists, then its screens. */
export function AppRoutes() {
  const today = useToday();
  const workspace = useWorkspace(fiscalYearOf(today));
  if (!workspace) return <Loading />;

  const { office, fiscalYear } = workspace;
  if (!office) {
    return (
      <Shell workspace={workspace}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/setup" component={SetupPage} />
            <Route>
              <Redirect to="/setup" replace />
            </Route>
          </Switch>
        </Suspense>
      </Shell>
    );
  }
  return (
    <Shell workspace={workspace}>
      <Suspense fallback={<Loading />}>
        <Switch>
          {/* The overview is where a returning manager starts (issue 6). */}
          <Route path="/">
            <Redirect to="/dashboard" replace />
          </Route>
          <Route path="/dashboard">
            <DashboardPage
              office={office}
              fiscalYear={fiscalYear}
              officeCount={workspace.offices.length}
            />
          </Route>
          <Route path="/setup">
            <Redirect to="/measures" replace />
          </Route>
          <Route path="/report">
            <ReportPage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/import/paste">
            <PasteImportPage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/next-year">
            <NextYearPage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/measures">
            <MeasuresPage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/measures/new">
            <MeasureNewPage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/measures/deleted">
            <DeletedMeasuresPage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/measures/:id/history">
            {(params) => (
              <MeasureHistoryPage office={office} measureId={params.id} />
            )}
          </Route>
          <Route path="/measures/:id/deleted-updates">
            {(params) => <DeletedUpdatesPage measureId={params.id} />}
          </Route>
          <Route path="/measures/:measureId/updates/:id/history">
            {(params) => (
              <UpdateHistoryPage
                office={office}
                measureId={params.measureId}
                updateId={params.id}
              />
            )}
          </Route>
          <Route path="/measures/:id/edit">
            {(params) => (
              <MeasureEditPage office={office} measureId={params.id} />
            )}
          </Route>
          <Route path="/measures/:id">
            {(params) => <MeasurePage office={office} measureId={params.id} />}
          </Route>
          <Route path="/exchange">
            <ExchangePage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/conflicts">
            <ConflictsPage />
          </Route>
          <Route path="/conflicts/:kind/:id">
            {(params) => (
              <ConflictPage
                kind={params.kind}
                recordId={params.id}
                office={office}
              />
            )}
          </Route>
          <Route path="/offices">
            <OfficesPage />
          </Route>
          <Route path="/offices/expected">
            <ExpectedOfficesPage />
          </Route>
          <Route path="/offices/compare">
            <OfficesComparePage fiscalYear={fiscalYear} />
          </Route>
          <Route path="/rounds">
            <CurrentRound />
          </Route>
          <Route path="/rounds/:fiscalYear/:round">
            {(params) => (
              <RoundPage fiscalYear={params.fiscalYear} round={params.round} />
            )}
          </Route>
          {itasRoutes(office, fiscalYear)}
          <Route path="/settings">
            <SettingsPage office={office} fiscalYear={fiscalYear} />
          </Route>
          <Route path="/settings/history">
            <OfficeHistoryPage office={office} />
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Shell>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="boot">
      {t('common.loading')}
    </p>
  );
}
