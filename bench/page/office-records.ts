/**
 * One generated office with its measures and progress updates, made with the
 * app's own createRecord/reviseRecord, so revs and hashes are real. Sizes
 * follow the report: a measure carries a title, two to four method steps and
 * an expected outcome; an update a result of a sentence or two.
 */
import { createRecord, reviseRecord } from '@/domain/revision';
import type {
  Measure,
  Office,
  Period,
  ProgressUpdate,
  UpdateStatus,
} from '@/domain/types';

import type { Random } from './random';
import {
  METHODS,
  pickKind,
  pickPerson,
  pickPlace,
  sentence,
  TITLES,
  UNIT_NAMES,
} from './thai-text';

export const FISCAL_YEAR = 2569;
/** FY2569 runs from 1 Oct 2025 to 30 Sep 2026 (Gregorian dates are stored). */
const YEAR_START = Date.UTC(2025, 9, 1);
const YEAR_DAYS = 365;
const SIX_MONTH_END = '2026-03-31';

export interface OfficeRecords {
  office: Office;
  measures: Measure[];
  updates: ProgressUpdate[];
}

const dayOfYear = (day: number) =>
  new Date(YEAR_START + day * 86_400_000).toISOString().slice(0, 10);
const stamp = (date: string, rng: Random) =>
  `${date}T0${rng.int(1, 9)}:${rng.int(10, 59)}:00.000Z`;

function makeOffice(rng: Random): Office {
  const { kind, prefix } = pickKind(rng);
  const place = pickPlace(rng);
  const content = {
    name: `${prefix}${place}`,
    kind,
    district: pickPlace(rng),
    province: 'นครปฐม',
    website: `https://www.${rng.uuid().slice(0, 8)}.go.th`,
    units: UNIT_NAMES.map((name) => ({ id: rng.uuid(), name })),
    preparedBy: { name: pickPerson(rng), position: 'นักวิเคราะห์นโยบายและแผน' },
    endorsedBy: { name: pickPerson(rng), position: `ปลัด${prefix}${place}` },
    approvedBy: { name: pickPerson(rng), position: `นายก${prefix}${place}` },
  };
  return createRecord<Office>(content, rng.uuid(), stamp(dayOfYear(0), rng));
}

function makePeriod(rng: Random): Period {
  if (rng.chance(0.7)) return { kind: 'fiscal-year' };
  const from = rng.int(0, 8);
  const month = (m: number) => dayOfYear(m * 30.5).slice(0, 7);
  return { kind: 'months', from: month(from), to: month(rng.int(from, 11)) };
}

function makeMeasure(rng: Random, office: Office, order: number): Measure {
  const units = office.units.slice(0, rng.int(1, 2)).map((u) => u.id);
  const content = {
    officeId: office.id,
    fiscalYear: FISCAL_YEAR,
    order,
    title: rng.pick(TITLES),
    methods: Array.from({ length: rng.int(2, 4) }, () => rng.pick(METHODS)),
    period: makePeriod(rng),
    allUnits: rng.chance(0.3),
    unitIds: units,
    expectedOutcome: sentence(rng, rng.int(40, 160)),
    weakness: rng.chance(0.2) ? sentence(rng, 60) : '',
    evidence: rng.chance(0.5) ? [office.website] : [],
  };
  return createRecord<Measure>(content, rng.uuid(), office.createdAt);
}

const STATUSES: UpdateStatus[] = ['in-progress', 'in-progress', 'completed'];

function makeUpdate(rng: Random, measure: Measure, day: number) {
  const date = dayOfYear(day);
  const late = rng.chance(0.08);
  const status: UpdateStatus = late ? 'late' : rng.pick(STATUSES);
  const content = {
    measureId: measure.id,
    officeId: measure.officeId,
    date,
    round: date <= SIX_MONTH_END ? 'six-month' : 'annual',
    status,
    percent: status === 'completed' ? 100 : rng.int(0, 9) * 10,
    result: sentence(rng, rng.int(12, 45)),
    suggestions: rng.chance(0.6)
      ? 'ไม่มี'
      : rng.chance(0.6)
        ? ''
        : sentence(rng, 20),
    outcome: rng.chance(0.3) ? sentence(rng, rng.int(15, 40)) : '',
    problems: late ? sentence(rng, 30) : '',
    evidence: rng.chance(0.2)
      ? [measure.evidence[0] ?? 'https://www.nacc.go.th']
      : [],
    reporter: pickPerson(rng),
  } as const;
  const first = createRecord<ProgressUpdate>(
    content,
    rng.uuid(),
    stamp(date, rng),
  );
  // Some updates were corrected later: a second revision with ancestry.
  return rng.chance(0.2)
    ? reviseRecord(
        first,
        { percent: Math.min(100, first.percent + 10) },
        stamp(date, rng),
      )
    : first;
}

/** An office, its measures and `updates` updates spread over the measures. */
export function makeOfficeRecords(
  rng: Random,
  measureCount: number,
  updates: number,
): OfficeRecords {
  const office = makeOffice(rng);
  const measures = Array.from({ length: measureCount }, (_, i) =>
    makeMeasure(rng, office, i + 1),
  );
  const days = Array.from({ length: updates }, () => rng.int(0, YEAR_DAYS - 1));
  const list = days
    .sort((a, b) => a - b)
    .map((day, i) => makeUpdate(rng, measures[i % measureCount]!, day));
  return { office, measures, updates: list };
}
