/**
 * Whether forms may change an office's records on this device (issue 17):
 * not another office's on a consolidator's device set so (Settings → This
 * device). Apart from this-device.ts: the shell reads it on the first
 * screen, which must not load the signing code (zod).
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { getSetting } from '../settings';

export function useOfficeEditable(officeId: string | undefined): boolean {
  const own = useLiveQuery(() => getSetting('ownOfficeOnly'), []);
  return !own || !officeId || own === officeId;
}
