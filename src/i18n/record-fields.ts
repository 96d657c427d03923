/**
 * The fields of each kind of record in the order its form shows them, each
 * with the label the form gives it: the conflict screen lists a record's
 * fields so, and an import names a bad record's field so, instead of the
 * file's keys. Fields no form shows (the office a measure is of, its place
 * in the list, the revision fields) come after, with labels of their own.
 */
import type { TFunction } from 'i18next';

import type { RecordKind } from '@/bundle/record-schemas';

/** An i18n key of th.json (checked by the test that reads every label). */
type LabelKey = string;

const REVISION: Record<string, LabelKey> = {
  id: 'conflicts.field.id',
  rev: 'conflicts.field.rev',
  revs: 'conflicts.field.revs',
  createdAt: 'conflicts.field.createdAt',
  updatedAt: 'conflicts.field.updatedAt',
  deleted: 'conflicts.field.deleted',
};

/** Every field of a kind, in the form's order, with its label's key. */
const FIELDS: Record<RecordKind, Record<string, LabelKey>> = {
  offices: {
    name: 'office.name',
    kind: 'office.kind',
    district: 'office.district',
    province: 'office.province',
    website: 'office.website',
    units: 'office.units',
    preparedBy: 'conflicts.field.preparedBy',
    endorsedBy: 'conflicts.field.endorsedBy',
    approvedBy: 'conflicts.field.approvedBy',
    itaResults: 'ita.title',
    ...REVISION,
  },
  measures: {
    title: 'measure.title',
    methods: 'measure.methods',
    methodsStyle: 'measure.methodsStyle',
    period: 'measure.period',
    allUnits: 'measure.allUnits',
    unitIds: 'measure.units',
    expectedOutcome: 'measure.expectedOutcome',
    weakness: 'measure.weakness',
    evidence: 'links.legend',
    officeId: 'conflicts.field.officeId',
    fiscalYear: 'shell.fiscalYear',
    order: 'measures.order',
    ...REVISION,
  },
  updates: {
    date: 'update.date',
    round: 'update.round',
    status: 'update.status',
    percent: 'update.percent',
    result: 'update.result',
    suggestions: 'update.suggestions',
    outcome: 'update.outcome',
    problems: 'update.problems',
    evidence: 'links.legend',
    reporter: 'update.reporter',
    measureId: 'conflicts.field.measureId',
    officeId: 'conflicts.field.officeId',
    ...REVISION,
  },
  deadlines: {
    fiscalYear: 'shell.fiscalYear',
    round: 'update.round',
    due: 'deadlines.due',
    ...REVISION,
  },
  roundReports: {
    cells: 'report.record.cells',
    round: 'update.round',
    fiscalYear: 'shell.fiscalYear',
    officeId: 'conflicts.field.officeId',
    ...REVISION,
  },
  approvals: {
    approver: 'report.record.approver',
    approvedAt: 'report.record.approvedAt',
    reopened: 'report.record.reopened',
    round: 'update.round',
    fiscalYear: 'shell.fiscalYear',
    measureIds: 'report.record.measureIds',
    updates: 'report.record.updates',
    cells: 'report.record.cells',
    language: 'report.record.language',
    digits: 'report.record.digits',
    sha256: 'report.record.sha256',
    officeId: 'conflicts.field.officeId',
    ...REVISION,
  },
  oitItems: {
    number: 'oit.record.number',
    title: 'oit.record.title',
    asks: 'oit.record.asks',
    documents: 'oit.record.documents',
    links: 'links.legend',
    allMeasures: 'oit.record.allMeasures',
    measureIds: 'oit.record.measureIds',
    withUpdates: 'oit.record.withUpdates',
    fiscalYear: 'shell.fiscalYear',
    officeId: 'conflicts.field.officeId',
    ...REVISION,
  },
};

/** The fields given, in the form's order; fields it does not know go last. */
export function inFormOrder(
  kind: RecordKind,
  fields: Iterable<string>,
): string[] {
  const order = Object.keys(FIELDS[kind]);
  const rank = (f: string) => {
    const i = order.indexOf(f);
    return i < 0 ? order.length : i;
  };
  return [...fields].sort((a, b) => rank(a) - rank(b));
}

/** A field's label; a key no form knows (a typo, `__proto__`) stays as it is. */
export function fieldLabel(
  t: TFunction,
  kind: RecordKind,
  field: string,
): string {
  const key = Object.hasOwn(FIELDS[kind], field)
    ? FIELDS[kind][field]
    : undefined;
  return key ? t(key as 'measure.title') : field;
}

/**
 * A dotted path inside a record (as an import reports it) in the form's
 * words: `methods.2` → "วิธีการดำเนินการ (ขั้นที่ 3)", `preparedBy.name` →
 * "ผู้จัดทำรายงาน: ชื่อ". `num` writes the numbers (Thai digits when chosen).
 */
export function pathLabel(
  t: TFunction,
  kind: RecordKind,
  path: string,
  num: (n: number) => string = String,
): string {
  if (path === '') return '';
  const [field = '', sub, subField] = path.split('.');
  const label = fieldLabel(t, kind, field);
  const index = Number(sub);
  const place = Number.isInteger(index) ? num(index + 1) : undefined;
  const detail = (text: string) => `${label} (${text})`;
  if (kind === 'offices' && /^(prepared|endorsed|approved)By$/.test(field))
    if (sub === 'name' || sub === 'position')
      return t(`office.${field as 'preparedBy'}.${sub}`);
  if (place === undefined) {
    if (field === 'period' && (sub === 'from' || sub === 'to'))
      return detail(t(`period.${sub}`));
    return label;
  }
  if (field === 'methods')
    return detail(t('measure.method', { number: place }));
  if (field === 'evidence') return detail(t('links.link', { number: place }));
  if (field === 'units') return t('office.unitName', { number: place });
  if (
    field === 'itaResults' &&
    /^(fiscalYear|score|level)$/.test(subField ?? '')
  )
    return `${label}: ${t(`ita.${subField as 'score'}`, { n: place })}`;
  return label;
}
