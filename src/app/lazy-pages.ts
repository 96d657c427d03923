/**
 * Every page but the measures list, each a chunk of its own loaded on its
 * first visit (lazy-page.ts), so the first screen carries none of them.
 */
import { lazyPage } from './lazy-page';

export const SetupPage = lazyPage(() => import('./setup-page'), 'SetupPage');
export const SettingsPage = lazyPage(
  () => import('./settings-page'),
  'SettingsPage',
);
export const MeasurePage = lazyPage(
  () => import('./measure-page'),
  'MeasurePage',
);
export const ReportPage = lazyPage(
  () => import('@/features/report/report-page'),
  'ReportPage',
);
export const PasteImportPage = lazyPage(
  () => import('@/features/paste-import/paste-import-page'),
  'PasteImportPage',
);
export const NextYearPage = lazyPage(
  () => import('@/features/next-year/next-year-page'),
  'NextYearPage',
);
export const MeasureNewPage = lazyPage(
  () => import('@/features/measures/measure-new-page'),
  'MeasureNewPage',
);
export const MeasureEditPage = lazyPage(
  () => import('@/features/measures/measure-edit-page'),
  'MeasureEditPage',
);
export const MeasureHistoryPage = lazyPage(
  () => import('@/features/history/measure-history-page'),
  'MeasureHistoryPage',
);
export const UpdateHistoryPage = lazyPage(
  () => import('@/features/history/update-history-page'),
  'UpdateHistoryPage',
);
export const OfficeHistoryPage = lazyPage(
  () => import('@/features/history/office-history-page'),
  'OfficeHistoryPage',
);
export const DeletedMeasuresPage = lazyPage(
  () => import('@/features/history/deleted-measures-page'),
  'DeletedMeasuresPage',
);
export const DeletedUpdatesPage = lazyPage(
  () => import('@/features/history/deleted-updates-page'),
  'DeletedUpdatesPage',
);

export const ExchangePage = lazyPage(
  () => import('@/features/exchange/exchange-page'),
  'ExchangePage',
);
export const ConflictsPage = lazyPage(
  () => import('@/features/conflicts/conflicts-page'),
  'ConflictsPage',
);
export const ConflictPage = lazyPage(
  () => import('@/features/conflicts/conflict-page'),
  'ConflictPage',
);
export const OfficesPage = lazyPage(
  () => import('@/features/consolidation/offices-page'),
  'OfficesPage',
);
export const DashboardPage = lazyPage(
  () => import('@/features/dashboard/dashboard-page'),
  'DashboardPage',
);
export const OfficesComparePage = lazyPage(
  () => import('@/features/offices-dashboard/offices-compare-page'),
  'OfficesComparePage',
);
export const ExpectedOfficesPage = lazyPage(
  () => import('@/features/expected-offices/expected-offices-page'),
  'ExpectedOfficesPage',
);
export const RoundPage = lazyPage(
  () => import('@/features/round-page/round-page'),
  'RoundPage',
);
export const CurrentRound = lazyPage(
  () => import('@/features/round-page/current-round'),
  'CurrentRound',
);
export const ItasPage = lazyPage(
  () => import('@/features/itas/itas-page'),
  'ItasPage',
);
export const OitItemFormPage = lazyPage(
  () => import('@/features/itas/item-form-page'),
  'ItemFormPage',
);
export const AnnouncementPage = lazyPage(
  () => import('@/features/itas/documents/announcement-page'),
  'AnnouncementPage',
);
export const PublicationRequestPage = lazyPage(
  () => import('@/features/itas/documents/publication-request-page'),
  'PublicationRequestPage',
);
