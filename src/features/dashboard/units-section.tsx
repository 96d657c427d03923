import { useTranslation } from 'react-i18next';

import {
  unitsTotal,
  type UnitRow,
  type UnitsTotal,
} from '@/domain/dashboard/by-unit';
import { useFormat } from '@/i18n/use-format';

import { countCell, type LinkedTable } from './linked-table';
import { LinkedTableView } from './linked-table-view';
import { measuresHref } from './measure-links';

/** Measures, completed and late by responsible unit (ทุกส่วนราชการ in a row of its own). */
export function UnitsSection({ units }: { units: readonly UnitRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = (row: UnitRow) =>
    row.kind === 'all-units'
      ? t('measure.allUnits')
      : row.kind === 'no-unit'
        ? t('dashboard.units.none')
        : (row.name ?? t('dashboard.units.removed'));
  const headers = [
    t('dashboard.units.unit'),
    t('dashboard.units.measures'),
    t('status.completed'),
    t('status.late'),
  ];
  const rowOf = (key: string, unit: string, row: UnitsTotal) => {
    const cell = (ids: readonly string[], what: string) =>
      countCell(
        ids,
        format.number(ids.length),
        measuresHref({ ids }),
        t('dashboard.units.link', {
          what,
          unit,
          n: format.number(ids.length),
        }),
      );
    return {
      key,
      cells: [
        { text: unit },
        cell(row.measureIds, headers[1] ?? ''),
        cell(row.completedIds, headers[2] ?? ''),
        cell(row.lateIds, headers[3] ?? ''),
      ],
    };
  };
  const table: LinkedTable = {
    headers,
    rows: units.map((row) => rowOf(row.unitId ?? row.kind, nameOf(row), row)),
    totals: [rowOf('total', t('dashboard.units.total'), unitsTotal(units))],
  };
  const caption = t('dashboard.units.title');
  return (
    <section className="dashboard-section" aria-labelledby="dash-units">
      <h2 id="dash-units">{caption}</h2>
      <p className="section-hint">{t('dashboard.units.hint')}</p>
      <LinkedTableView
        table={table}
        caption={caption}
        fileName="dashboard-units"
      />
    </section>
  );
}
