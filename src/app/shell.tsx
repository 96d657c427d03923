import { Suspense, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';

import { useOfficeEditable } from '@/db/keys/office-editable';
import type { Workspace } from '@/db/live';
import { DeadlineReminder } from '@/features/deadlines/deadline-reminder';
import { ExportReminder } from '@/features/exchange/export-reminder';
import { PersonPrompt } from '@/features/person/person-prompt';
import { setPreferences } from '@/i18n/preferences';
import { changeLanguage } from '@/i18n/setup';
import { ConnectionStatus } from '@/pwa/connection-status';
import { UpdatePrompt } from '@/pwa/update-prompt';
import { ToastRegion } from '@/ui/toast';

import { ConflictsLink } from './conflicts-link';
import { FiscalYearSwitcher } from './fiscal-year-switcher';
import { lazyPage } from './lazy-page';
import { SyncStatus } from './sync-status';
import { UpgradeNotice } from './upgrade-notice';
import { useHeadingFocusOnNavigation } from './use-heading-focus';

// Only a device with several offices shows it: the others never load its
// libraries (downshift, the row virtualiser), 20 KB gzip of the first download.
const OfficeSwitcher = lazyPage(
  () => import('./office-switcher'),
  'OfficeSwitcher',
);

/** The frame around every screen: skip link, header, navigation, main. */
export function Shell({
  workspace,
  children,
}: {
  workspace: Workspace;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const main = useRef<HTMLElement>(null);
  // Settings has the name's own field: no question beside it.
  const [inSettings] = useRoute('/settings');
  const [inOfficeWork] = useRoute(
    /^\/(measures|report|dashboard|next-year|import\/paste)(\/.*)?$/,
  );
  // A consolidator's device: another office's pages show, their forms do not save.
  const readOnly = !useOfficeEditable(workspace.office?.id) && inOfficeWork;
  useHeadingFocusOnNavigation();
  const other = i18n.language === 'en' ? 'th' : 'en';
  const picking =
    workspace.offices.length > 1 && workspace.office !== undefined;
  const switchLanguage = () => {
    setPreferences({ language: other });
    void changeLanguage(other);
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        {/* With several offices, the name under the brand is where one picks
            another: the header keeps one row at 1280 px (issue 13). */}
        <div className={picking ? 'brand brand-picker' : 'brand'}>
          <span className="brand-name">{t('app.name')}</span>
          {picking ? (
            <Suspense fallback={<OfficeName name={workspace.office?.name} />}>
              <OfficeSwitcher workspace={workspace} />
            </Suspense>
          ) : (
            <OfficeName name={workspace.office?.name} />
          )}
        </div>
        {workspace.office ? (
          <nav aria-label={t('shell.navigation')} className="nav">
            <NavLink href="/dashboard">{t('nav.dashboard')}</NavLink>
            <NavLink href="/measures">{t('nav.measures')}</NavLink>
            <NavLink href="/report" also="/itas">
              {t('nav.report')}
            </NavLink>
            <NavLink href="/exchange">{t('nav.exchange')}</NavLink>
            {workspace.offices.length > 1 ? (
              // The round page is the consolidator's too: reached from there,
              // since one more item would wrap the header at 1280 px.
              <NavLink href="/offices" also="/rounds">
                {t('nav.offices')}
              </NavLink>
            ) : null}
            <NavLink href="/settings">{t('nav.settings')}</NavLink>
            <ConflictsLink />
          </nav>
        ) : null}
        <div className="shell-tools">
          <ConnectionStatus />
          {workspace.office ? <SyncStatus /> : null}
          {workspace.office ? (
            <FiscalYearSwitcher workspace={workspace} />
          ) : null}
          <button
            type="button"
            className="btn btn-ghost"
            lang={other}
            onClick={switchLanguage}
          >
            {t('shell.otherLanguage')}
          </button>
        </div>
      </header>
      <UpdatePrompt />
      <UpgradeNotice />
      {workspace.office ? <ExportReminder /> : null}
      {workspace.office ? (
        <DeadlineReminder
          officeId={workspace.office.id}
          fiscalYear={workspace.fiscalYear}
        />
      ) : null}
      {workspace.office && !inSettings ? (
        <PersonPrompt onDone={() => main.current?.focus()} />
      ) : null}
      {/* Before main: Shift+Tab from a page's heading reaches "undo". */}
      <ToastRegion />
      {/* Focusable from script only, so the skip link moves focus here. */}
      <main id="main" className="shell-main" tabIndex={-1} ref={main}>
        {readOnly ? (
          <>
            <p role="status" className="read-only-note">
              {t('trust.readOnly', { office: workspace.office?.name })}
            </p>
            {/* A disabled fieldset disables every control in it; links still go. */}
            <fieldset disabled className="read-only-scope">
              {children}
            </fieldset>
          </>
        ) : (
          children
        )}
      </main>
    </div>
  );
}

function NavLink({
  href,
  also,
  children,
}: {
  href: string;
  /** Another path under this item of the menu. */
  also?: string;
  children: ReactNode;
}) {
  const [here] = useRoute(`${href}/*?`);
  const [there] = useRoute(`${also ?? href}/*?`);
  const active = here || there;
  return (
    <Link
      href={href}
      className="nav-link"
      aria-current={active ? 'page' : undefined}
    >
      {children}
    </Link>
  );
}

function OfficeName({ name }: { name: string | undefined }) {
  return name === undefined ? null : (
    <span className="brand-office">{name}</span>
  );
}
