import type { TFunction } from 'i18next';

/** The form label of each record field, so a conflict reads like the forms. */
const LABELS: Record<string, string> = {
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
  officeId: 'conflicts.field.officeId',
  measureId: 'conflicts.field.measureId',
  fiscalYear: 'shell.fiscalYear',
  order: 'measures.order',
  title: 'measure.title',
  methods: 'measure.methods',
  methodsStyle: 'measure.methodsStyle',
  period: 'measure.period',
  allUnits: 'measure.allUnits',
  unitIds: 'measure.units',
  expectedOutcome: 'measure.expectedOutcome',
  weakness: 'measure.weakness',
  evidence: 'links.legend',
  date: 'update.date',
  round: 'update.round',
  status: 'update.status',
  percent: 'update.percent',
  result: 'update.result',
  suggestions: 'update.suggestions',
  outcome: 'update.outcome',
  problems: 'update.problems',
  reporter: 'update.reporter',
};

export function fieldLabel(t: TFunction, field: string): string {
  const key = LABELS[field];
  return key ? t(key as 'measure.title') : field;
}
