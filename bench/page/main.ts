/**
 * The benchmark's page: the app's own modules, driven by the runner through
 * `window.bench`. Built only by `vite build --mode bench`.
 */
import { db } from '@/db/app-db';
import { selectImportedOffice } from '@/db/exchange/select-imported';
import {
  expectImportedOffices,
  listExpectedOffices,
} from '@/db/expected-offices';

import type { BenchApi } from '../shared/bench-api';
import { appImport } from './app-import';
import { appExport, rawExport, rawReadUpdates } from './exports';
import { generate } from './generate';
import { deleteDatabase, RAW_DB } from './raw-idb';
import { rawImport } from './raw-import';

const api: BenchApi = {
  generate,
  rawImport,
  appImport,
  appExport,
  rawExport,
  rawReadUpdates,
  async selectFirstOffice() {
    if (!db.isOpen()) await db.open();
    const first = await db.offices.orderBy('id').first();
    await selectImportedOffice(first ? [first.id] : []);
  },
  async expectAllOffices() {
    if (!db.isOpen()) await db.open();
    await expectImportedOffices();
    return (await listExpectedOffices()).length;
  },
  dropRawDatabase: () => deleteDatabase(RAW_DB),
};

window.bench = api;
document.body.dataset.ready = 'true';
