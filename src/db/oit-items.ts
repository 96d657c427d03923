/**
 * Named commands and live queries for an office's OIT items (issue 16):
 * a record each, by office and fiscal year, written through writeChange.
 * A number used twice in a year is refused here, whatever form asks; one
 * that arrives twice by import is kept and shown as an error to fix.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { numberKey } from '@/domain/oit/checks';
import { defaultItems, type OitFramework } from '@/domain/oit/framework';
import { createRecord } from '@/domain/revision';
import type { OitItem, OitItemFields } from '@/domain/types';

import { db } from './app-db';
import { newId } from './clock';
import { editRecord, isLive, removeRecord } from './records';
import type { ChangeWriter } from './write/write-change';
import { writeChange } from './write/write-change-on-demand';

/** What an item form edits: the rest says whose year it is. */
export type OitItemInput = Omit<OitItemFields, 'officeId' | 'fiscalYear'>;

/** Refused: another item of the year has this number. */
export class DuplicateItemNumberError extends Error {
  constructor(readonly number: string) {
    super(`OIT item number used twice in a year: ${number}`);
    this.name = 'DuplicateItemNumberError';
  }
}

/** Refused: the year has items already, so the defaults are not added. */
export class ItemsExistError extends Error {
  constructor() {
    super('The year has OIT items already');
    this.name = 'ItemsExistError';
  }
}

/** The live OIT items of an office's year, in no particular order. */
export async function listOitItems(
  officeId: string,
  fiscalYear: number,
): Promise<OitItem[]> {
  const rows = await db.oitItems
    .where('[officeId+fiscalYear]')
    .equals([officeId, fiscalYear])
    .toArray();
  return rows.filter(isLive);
}

export function useOitItems(officeId: string, fiscalYear: number) {
  return useLiveQuery(
    () => listOitItems(officeId, fiscalYear),
    [officeId, fiscalYear],
  );
}

async function refuseTaken(
  officeId: string,
  fiscalYear: number,
  number: string,
  except?: string,
) {
  const taken = (await listOitItems(officeId, fiscalYear)).some(
    (i) => i.id !== except && numberKey(i.number) === numberKey(number),
  );
  if (taken) throw new DuplicateItemNumberError(number);
}

const cleaned = (input: OitItemInput): OitItemInput => ({
  ...input,
  number: input.number.trim(),
});

/** Adds an item to the office's year. */
export function createOitItem(
  officeId: string,
  fiscalYear: number,
  input: OitItemInput,
): Promise<OitItem> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const content = { ...cleaned(input), officeId, fiscalYear };
    await refuseTaken(officeId, fiscalYear, content.number);
    return insertItem(change, content);
  });
}

async function insertItem(change: ChangeWriter, content: OitItemFields) {
  const record = createRecord<OitItem>(content, newId(), change.at);
  await change.write({ oitItems: [record] });
  return record;
}

/** Edits an item: renumbering is an edit of its number. */
export function updateOitItem(
  item: Pick<OitItem, 'id' | 'officeId' | 'fiscalYear'>,
  input: OitItemInput,
): Promise<OitItem> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const content = cleaned(input);
    await refuseTaken(item.officeId, item.fiscalYear, content.number, item.id);
    return editRecord(change, 'oitItems', { id: item.id }, content);
  });
}

export function deleteOitItem(id: string) {
  return writeChange({ cause: 'edit' }, (change) =>
    removeRecord(change, 'oitItems', { id }),
  );
}

/** Starts a year from a framework's items, in one change; only a year with none. */
export function startFromFramework(
  officeId: string,
  fiscalYear: number,
  framework: OitFramework,
): Promise<OitItem[]> {
  return writeChange({ cause: 'edit' }, async (change) => {
    if ((await listOitItems(officeId, fiscalYear)).length > 0)
      throw new ItemsExistError();
    const records = defaultItems(framework, officeId, fiscalYear).map((c) =>
      createRecord<OitItem>(c, newId(), change.at),
    );
    await change.write({ oitItems: records });
    return records;
  });
}
