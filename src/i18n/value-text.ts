import type { TFunction } from 'i18next';

import type {
  Approval,
  ItaResult,
  MethodsStyle,
  Period,
  ReportCell,
  Round,
  Unit,
} from '@/domain/types';

import type { useFormat } from './use-format';

type Format = ReturnType<typeof useFormat>;

/** What a record refers to, by name: the office, and an update's measure. */
export interface Names {
  office?: string;
  measure?: string;
}

interface Context {
  t: TFunction;
  format: Format;
  fiscalYear: number;
  units: readonly Unit[];
  names: Names;
}

/** A field's value as text a person can compare; never rendered as HTML. */
export function valueText(field: string, value: unknown, ctx: Context): string {
  const { t, format } = ctx;
  if (value === undefined || value === '') return t('common.none');
  if (field === 'period') return format.period(value as Period, ctx.fiscalYear);
  if (field === 'unitIds') {
    const names = (value as string[]).map(
      (id) =>
        ctx.units.find((u) => u.id === id)?.name ?? t('conflicts.removedUnit'),
    );
    return names.join('\n') || t('common.none');
  }
  // A year is a name, not a quantity: 2568, never "2,568".
  if (field === 'fiscalYear') return format.text(String(value));
  if (field === 'officeId') return ctx.names.office ?? String(value);
  if (field === 'measureId') return ctx.names.measure ?? String(value);
  if (field === 'units') return (value as Unit[]).map((u) => u.name).join('\n');
  if (field === 'itaResults') {
    const results = (value as ItaResult[]).map(
      (r) =>
        `${format.text(String(r.fiscalYear))}: ${format.number(r.score)} (${r.level})`,
    );
    return results.join('\n') || t('common.none');
  }
  // A round's report text and approval (issue 13).
  if (field === 'cells') {
    const cells = (value as ReportCell[]).map(
      (c) => `${t(`report.columns.${c.column}`)}: ${c.text}`,
    );
    return cells.join('\n') || t('common.none');
  }
  if (field === 'approvedAt') return format.timestamp(value as string);
  if (field === 'reopened') {
    const { at, by, reason } = value as NonNullable<Approval['reopened']>;
    return t('report.record.reopenedText', {
      at: format.timestamp(at),
      by,
      reason,
    });
  }
  if (field === 'measureIds' || field === 'updates') {
    const count = (value as unknown[]).length;
    const key = field === 'updates' ? 'updateCount' : 'measureCount';
    return format.text(t(`report.record.${key}`, { count }));
  }
  if (field === 'status') return t(`status.${value as 'late'}`);
  if (field === 'round') return format.round(value as Round);
  if (field === 'methodsStyle')
    return t(`measure.methodsStyles.${value as MethodsStyle}`, {
      example: format.text('1. 2. 3.'),
    });
  if (field === 'kind') return t(`officeKind.${value as 'other'}`);
  // An update's date, a deadline's due date.
  if (field === 'date' || field === 'due') return format.date(value as string);
  if (typeof value === 'boolean')
    return value ? t('conflicts.yes') : t('conflicts.no');
  if (typeof value === 'number') return format.number(value);
  if (Array.isArray(value)) return value.join('\n') || t('common.none');
  if (typeof value === 'object' && value !== null && 'position' in value) {
    const { name, position } = value as { name: string; position: string };
    return [name, position].filter(Boolean).join(' — ') || t('common.none');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
