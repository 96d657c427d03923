import { useMemo } from 'react';

import { useMeasures, useOfficeUpdates } from '@/db/live';
import { useOitItems } from '@/db/oit-items';
import { answerSheet, type SheetItem } from '@/domain/oit/sheet';
import type { Measure, OitItem } from '@/domain/types';

export interface ItasData {
  items: OitItem[];
  measures: Measure[];
  sheet: SheetItem[];
}

/** An office's year as the sheet reads it, kept live; undefined while loading. */
export function useItasData(
  officeId: string,
  fiscalYear: number,
): ItasData | undefined {
  const items = useOitItems(officeId, fiscalYear);
  const measures = useMeasures(officeId, fiscalYear);
  const updates = useOfficeUpdates(officeId);
  return useMemo(() => {
    if (!items || !measures || !updates) return undefined;
    const ids = new Set(measures.map((m) => m.id));
    const ofYear = updates.filter((u) => ids.has(u.measureId));
    return { items, measures, sheet: answerSheet(items, measures, ofYear) };
  }, [items, measures, updates]);
}
