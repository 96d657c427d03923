/**
 * The stores as shipped schema versions left them, for the upgrade tests: a
 * database opened at version n, as on a device that has not opened a newer
 * app. Written out here rather than taken from app-db.ts, so a test keeps
 * opening the old shape whatever becomes of the declarations there.
 */
import Dexie from 'dexie';

const V1 = {
  offices: 'id',
  measures: 'id, [officeId+fiscalYear]',
  updates: 'id, measureId, officeId',
  settings: 'key',
  drafts: 'key',
};
const V3 = {
  ...V1,
  conflicts: '[recordId+rev], recordId, kind',
  imports: 'id, at',
  summaries: 'measureId, [officeId+fiscalYear], fiscalYear',
};
// v4 keeps a measure's updates in one row; v5 changed data only.
const { updates: _updates, ...V3_KEPT } = V3;
const V4 = { ...V3_KEPT, updateGroups: 'measureId, officeId' };
const V6 = {
  ...V4,
  journal: 'last, [local+last]',
  history: '[recordId+rev], recordId, fiscalYear',
};
// v7 changed data only; v8 added the round deadlines and expected offices.
const V8 = {
  ...V6,
  deadlines: 'id, fiscalYear',
  expectedOffices: 'id, officeId',
};

// v9 added a round's report texts and approvals.
const V9 = {
  ...V8,
  roundReports: 'id, [officeId+fiscalYear]',
  approvals: 'id, [officeId+fiscalYear]',
};

// v10 added the OIT items of an office's year, v11 the sync checkpoints.
const V10 = { ...V9, oitItems: 'id, [officeId+fiscalYear]' };
const V11 = { ...V10, syncCheckpoints: 'id' };

const STORES = {
  1: V1,
  3: V3,
  4: V4,
  5: V4,
  6: V6,
  8: V8,
  9: V9,
  10: V10,
  11: V11,
} as const;

/** A database of that name opened at schema `version`, with its stores then. */
export async function openAtVersion(
  name: string,
  version: keyof typeof STORES,
): Promise<Dexie> {
  const old = new Dexie(name);
  old.version(version).stores(STORES[version]);
  await old.open();
  return old;
}
