/**
 * Who makes the changes on this device: a name the person gives once, kept
 * in the `settings` table (this device's, never exported) and written with
 * every change into the journal (write/write-change.ts). Not office data:
 * two people sharing a laptop share the name until one changes it.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from './app-db';
import { getSetting } from './settings';
import { journalHead } from './write/journal';
import { writeTransaction } from './write-transaction';

/** The longest name kept: a person's full name and position fit. */
export const PERSON_NAME_MAX = 100;

export interface Person {
  /** The name set on this device, if any. */
  name?: string;
  /** Whether the shell should ask for it: never asked, and a change was saved here. */
  ask: boolean;
  /** Never asked and no name: the shell asks once a change is saved. */
  unasked: boolean;
}

export async function readPerson(): Promise<Person> {
  const [name, asked, head] = await Promise.all([
    getSetting('personName'),
    getSetting('personNameAsked'),
    // Any change: an import is journalled with who imported, too.
    journalHead(),
  ]);
  const unasked = !name && !asked;
  return { ...(name ? { name } : {}), ask: unasked && head > 0, unasked };
}

export function usePerson(): Person | undefined {
  return useLiveQuery(readPerson);
}

/** Sets the name (an empty one removes it); the person is not asked again. */
export async function setPersonName(name: string): Promise<void> {
  const trimmed = name.trim().slice(0, PERSON_NAME_MAX);
  await writeTransaction([db.settings], async () => {
    if (trimmed) await db.settings.put({ key: 'personName', value: trimmed });
    else await db.settings.delete('personName');
    await db.settings.put({ key: 'personNameAsked', value: true });
  });
}

/** The person chose not to give a name now: not asked again (Settings has it). */
export async function declinePersonName(): Promise<void> {
  await db.settings.put({ key: 'personNameAsked', value: true });
}
