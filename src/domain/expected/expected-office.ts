import type { IsoTimestamp, OfficeKind } from '../types';

/** How an office came onto the expected list. */
export type ExpectedSource = 'import' | 'csv' | 'hand';

/**
 * An office the consolidator expects to report: as imported, or as a CSV or
 * a person named it before its data arrived.
 */
export interface ExpectedOffice {
  id: string;
  name: string;
  kind: OfficeKind | null;
  district: string;
  province: string;
  /** The office imported on this device that it is, once known. */
  officeId: string | null;
  source: ExpectedSource;
  addedAt: IsoTimestamp;
}
