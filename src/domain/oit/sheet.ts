/**
 * The ITAS answer sheet of an office's year: each OIT item with the links
 * to paste, where each link comes from, and what is wrong or missing.
 * Pure: the records are handed in.
 */
import type {
  Measure,
  OitDocumentKind,
  OitItem,
  ProgressUpdate,
} from '../types';
import {
  byItemNumber,
  duplicateNumbers,
  linkProblem,
  numberKey,
  type LinkProblem,
} from './checks';

/** Where a link of the sheet comes from. */
export type LinkSource =
  | { kind: 'document'; document: OitDocumentKind }
  | { kind: 'link' }
  | { kind: 'measure'; measureId: string; position: number; title: string }
  | {
      kind: 'update';
      measureId: string;
      updateId: string;
      position: number;
      date: string;
    };

export interface SheetLink {
  url: string;
  source: LinkSource;
  /** Why it cannot be pasted; null when it can. */
  problem: Exclude<LinkProblem, 'empty'> | null;
}

export interface SheetItem {
  item: OitItem;
  /** Each address once, in the order documents, links, measures, updates. */
  links: SheetLink[];
  /** The documents that answer it but have no published address yet. */
  unpublished: OitDocumentKind[];
  /** Its number is used by another item of the year. */
  duplicate: boolean;
  /** Nothing pasteable answers it: shown as missing, never hidden. */
  missing: boolean;
}

/** The sheet of one office's year, items in number order. */
export function answerSheet(
  items: readonly OitItem[],
  measures: readonly Measure[],
  updates: readonly ProgressUpdate[],
): SheetItem[] {
  const live = items.filter((i) => !i.deleted);
  const twice = duplicateNumbers(live);
  const position = new Map(measures.map((m, i) => [m.id, i + 1]));
  const updatesOf = new Map<string, ProgressUpdate[]>();
  for (const u of updates) {
    if (u.deleted) continue;
    updatesOf.set(u.measureId, [...(updatesOf.get(u.measureId) ?? []), u]);
  }
  return [...live].sort(byItemNumber).map((item) => {
    const links: SheetLink[] = [];
    const add = (url: string, source: LinkSource) => {
      const problem = linkProblem(url);
      if (problem === 'empty') return;
      const text = url.trim();
      if (links.some((l) => l.url === text)) return;
      links.push({ url: text, source, problem });
    };
    const unpublished: OitDocumentKind[] = [];
    for (const d of item.documents) {
      if (d.url.trim() === '') unpublished.push(d.kind);
      else add(d.url, { kind: 'document', document: d.kind });
    }
    for (const url of item.links) add(url, { kind: 'link' });
    const answering = item.allMeasures
      ? measures
      : measures.filter((m) => item.measureIds.includes(m.id));
    for (const m of answering) {
      const at = position.get(m.id) ?? 0;
      for (const url of m.evidence)
        add(url, {
          kind: 'measure',
          measureId: m.id,
          position: at,
          title: m.title,
        });
    }
    if (item.withUpdates)
      for (const m of answering) {
        const ofMeasure = [...(updatesOf.get(m.id) ?? [])].sort((a, b) =>
          a.date.localeCompare(b.date),
        );
        for (const u of ofMeasure)
          for (const url of u.evidence)
            add(url, {
              kind: 'update',
              measureId: m.id,
              updateId: u.id,
              position: position.get(m.id) ?? 0,
              date: u.date,
            });
      }
    return {
      item,
      links,
      unpublished,
      duplicate: twice.has(numberKey(item.number)),
      missing: !links.some((l) => l.problem === null),
    };
  });
}

/** Every address of the sheet worth checking: pasteable, each once. */
export function checkableUrls(sheet: readonly SheetItem[]): string[] {
  const urls = new Set<string>();
  for (const row of sheet)
    for (const link of row.links) if (link.problem === null) urls.add(link.url);
  return [...urls];
}
