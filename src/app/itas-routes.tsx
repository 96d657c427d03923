import { Route } from 'wouter';

import type { Office } from '@/domain/types';

import {
  AnnouncementPage,
  ItasPage,
  OitItemFormPage,
  PublicationRequestPage,
} from './lazy-pages';

/**
 * The ITAS answer sheet's routes (issue 16), as a list the app's Switch
 * takes among its own (a Switch looks through arrays, not components).
 */
export function itasRoutes(office: Office, fiscalYear: number) {
  const of = { office, fiscalYear };
  return [
    <Route key="sheet" path="/itas">
      <ItasPage {...of} />
    </Route>,
    <Route key="new" path="/itas/items/new">
      <OitItemFormPage {...of} />
    </Route>,
    <Route key="item" path="/itas/items/:id">
      {(params) => <OitItemFormPage {...of} itemId={params.id} />}
    </Route>,
    <Route key="announcement" path="/itas/announcement">
      <AnnouncementPage {...of} />
    </Route>,
    <Route key="request" path="/itas/publication-request">
      <PublicationRequestPage {...of} />
    </Route>,
  ];
}
