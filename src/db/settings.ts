/**
 * Workspace settings kept in the database: which office and fiscal year the
 * app shows. (Language and digits are device preferences: see i18n/.)
 */
import type { LinkCheck } from '@/domain/oit/link-check-result';
import type { DigitStyle } from '@/domain/thai-date';

import { db } from './app-db';

export interface SettingValues {
  officeId: string;
  fiscalYear: number;
  /** When the last export was made. */
  lastExportAt: string;
  /** The journal's sequence number when the last export read the data. */
  lastExportSeq: number;
  /**
   * Before the journal (schema v6): when the data first changed after the
   * last export. No longer written; read until the next export.
   */
  unexportedSince: string;
  /** The name of the person at this device, written with each change. */
  personName: string;
  /** The person was asked for their name once (answered or not). */
  personNameAsked: boolean;
  /** The dashboard's N in "no update in the last N days". */
  quietDays: number;
  /** How many days before a round's due date the app reminds (issue 13). */
  reminderDays: number;
  /** The report's Thai-digits box; unset: the device's digits preference. */
  reportDigits: DigitStyle;
  /** How a measure's page lists its updates: newest or oldest first. */
  updatesOrder: 'newest' | 'oldest';
  /**
   * The last check of each evidence link (issue 16), newest last: this
   * device's own view of the web, never exported (docs/decisions.md).
   */
  linkChecks: LinkCheck[];
  /** This device as its person named it (issue 17): a bundle's `source.device`. */
  deviceName: string;
  /**
   * A consolidator's device (issue 17): the offices other than this one
   * change only by import, never by a form. Unset: every office is editable.
   */
  ownOfficeOnly: string;
  /** The CouchDB server to sync with, set in Settings (sync/engine.ts). */
  sync: SyncConfig;
}

/** What a sync with a server needs; never the password (a cookie stands for it). */
export interface SyncConfig {
  /** The server's address, e.g. `https://ita.example.go.th/couchdb`. */
  server: string;
  /** `office`: this office's database, pulled and pushed; `consolidator`: several, pulled. */
  role: 'office' | 'consolidator';
  /** The office whose database an office syncs. */
  officeId?: string;
  /** The databases a consolidator chose. */
  databases: string[];
  /** The name logged in with, shown; the session is the server's cookie. */
  user: string;
}

export type SettingKey = keyof SettingValues;

export async function getSetting<K extends SettingKey>(
  key: K,
): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValues[K] | undefined;
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

export async function deleteSetting(key: SettingKey): Promise<void> {
  await db.settings.delete(key);
}
