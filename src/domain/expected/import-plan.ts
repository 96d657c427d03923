/**
 * What a CSV adds to the expected list: each office of the file is already
 * in the list, an office imported on this device, or new; a name a letter
 * or two off one of those (or an earlier row of the file) is asked, and
 * nothing is added until the person has answered each (never doubled, and
 * never matched by a guess alone).
 */
import type { OfficeKind } from '../types';
import type { CsvOffice } from './csv-offices';
import { matchName, type NamedPlace } from './name-match';

/** An office the list expects, as the plan reads it. */
export interface ListedPlace extends NamedPlace {
  id: string;
  /** The imported office it is, once known. */
  officeId?: string | null;
}

/** An office imported on this device. */
export interface ImportedPlace extends NamedPlace {
  id: string;
  kind: OfficeKind;
  province: string;
}

export type Candidate =
  | { from: 'list'; place: ListedPlace }
  | { from: 'office'; place: ImportedPlace }
  /** An earlier row of the same file, by its index in the plan. */
  | { from: 'file'; index: number; place: NamedPlace };

export type PlanItem =
  | { kind: 'listed'; office: CsvOffice; place: ListedPlace }
  | { kind: 'add'; office: CsvOffice; match: ImportedPlace | null }
  | { kind: 'ask'; office: CsvOffice; candidates: Candidate[] };

/** What the person answered for an asked row: a candidate's index, or a new office. */
export type Answer = number | 'new';

export function planImport(
  offices: readonly CsvOffice[],
  listed: readonly ListedPlace[],
  imported: readonly ImportedPlace[],
): PlanItem[] {
  // An imported office already on the list is asked about as the list's.
  const linked = new Set(listed.map((l) => l.officeId));
  const unlisted = imported.filter((o) => !linked.has(o.id));
  return offices.map((office, index): PlanItem => {
    const inList = matchName(office, listed);
    if (inList.kind === 'same')
      return { kind: 'listed', office, place: inList.place };
    const asImported = matchName(office, unlisted);
    const earlier = matchName(
      office,
      offices.slice(0, index).map((o, i) => ({ ...o, index: i })),
    );
    const candidates: Candidate[] = [
      ...(inList.kind === 'close' ? inList.places : []).map(
        (place) => ({ from: 'list', place }) as const,
      ),
      ...(asImported.kind === 'close' ? asImported.places : []).map(
        (place) => ({ from: 'office', place }) as const,
      ),
      // Rows of one name are merged as the file is read: these are near names.
      ...(earlier.kind === 'close' ? earlier.places : []).map(
        (place) => ({ from: 'file', index: place.index, place }) as const,
      ),
    ];
    // An imported office of the very name is the one meant; near names
    // in the list are still asked, lest one office be listed twice.
    if (asImported.kind === 'same' && candidates.length === 0)
      return { kind: 'add', office, match: asImported.place };
    if (asImported.kind === 'same')
      candidates.unshift({ from: 'office', place: asImported.place });
    if (candidates.length === 0) return { kind: 'add', office, match: null };
    return { kind: 'ask', office, candidates };
  });
}

/** An office to add to the list, from the file or matched to an imported one. */
export interface NewExpected {
  name: string;
  kind: OfficeKind | null;
  district: string;
  province: string;
  officeId: string | null;
}

function fromFile(office: CsvOffice, match: ImportedPlace | null): NewExpected {
  // A matched office is listed as it names itself; the file fills gaps.
  return match
    ? {
        name: match.name,
        kind: match.kind,
        district: match.district || office.district,
        province: match.province || office.province,
        officeId: match.id,
      }
    : {
        name: office.name,
        kind: office.kind,
        district: office.district,
        province: office.province,
        officeId: null,
      };
}

/**
 * The offices to add once every asked row is answered (else null):
 * a row confirmed as an office in the list or an earlier row adds nothing.
 */
export function officesToAdd(
  plan: readonly PlanItem[],
  answers: ReadonlyMap<number, Answer>,
): NewExpected[] | null {
  const added: NewExpected[] = [];
  for (const [index, item] of plan.entries()) {
    if (item.kind === 'listed') continue;
    if (item.kind === 'add') {
      added.push(fromFile(item.office, item.match));
      continue;
    }
    const answer = answers.get(index);
    if (answer === undefined) return null;
    if (answer === 'new') {
      added.push(fromFile(item.office, null));
      continue;
    }
    const chosen = item.candidates[answer];
    if (chosen?.from === 'office')
      added.push(fromFile(item.office, chosen.place));
  }
  return added;
}
