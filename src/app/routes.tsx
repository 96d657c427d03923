import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';

import { useWorkspace } from '@/db/live';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { MeasureEditPage } from '@/features/measures/measure-edit-page';
import { MeasureNewPage } from '@/features/measures/measure-new-page';
import { MeasuresPage } from '@/features/measures/measures-page';
import { useToday } from '@/ui/use-today';

import { MeasurePage } from './measure-page';
import { NotFoundPage } from './not-found-page';
import { SettingsPage } from './settings-page';
import { SetupPage } from './setup-page';
import { Shell } from './shell';

/** Routes the app: first-run setup until an office exists, then its screens. */
export function AppRoutes() {
  const { t } = useTranslation();
  const today = useToday();
  const workspace = useWorkspace(fiscalYearOf(today));
  if (!workspace)
    return (
      <p role="status" className="boot">
        {t('common.loading')}
      </p>
    );

  const { office, fiscalYear } = workspace;
  if (!office) {
    return (
      <Shell workspace={workspace}>
        <Switch>
          <Route path="/setup" component={SetupPage} />
          <Route>
            <Redirect to="/setup" replace />
          </Route>
        </Switch>
      </Shell>
    );
  }
  return (
    <Shell workspace={workspace}>
      <Switch>
        <Route path="/">
          <Redirect to="/measures" replace />
        </Route>
        <Route path="/setup">
          <Redirect to="/measures" replace />
        </Route>
        <Route path="/measures">
          <MeasuresPage office={office} fiscalYear={fiscalYear} />
        </Route>
        <Route path="/measures/new">
          <MeasureNewPage office={office} fiscalYear={fiscalYear} />
        </Route>
        <Route path="/measures/:id/edit">
          {(params) => (
            <MeasureEditPage office={office} measureId={params.id} />
          )}
        </Route>
        <Route path="/measures/:id">
          {(params) => <MeasurePage office={office} measureId={params.id} />}
        </Route>
        <Route path="/settings">
          <SettingsPage office={office} />
        </Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Shell>
  );
}
