import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useMeasureConflicts } from '@/db/live';
import { moveMeasure } from '@/db/measures';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { StatusBadge } from '@/ui/status-badge';

import { ConflictBadge } from './conflict-badge';
import type { MeasureRow } from './measure-filters';
import { measureUnitNames } from './measure-units';
import { MoveControls } from './move-controls';
import { useRowDrag } from './use-row-drag';

import './measures-table.css';

interface MeasuresTableProps {
  office: Office;
  rows: readonly MeasureRow[];
  total: number;
  fiscalYear: number;
}

export function MeasuresTable({
  office,
  rows,
  total,
  fiscalYear,
}: MeasuresTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const conflicts = useMeasureConflicts();
  const drag = useRowDrag((id, toIndex) => void moveMeasure(id, toIndex));
  if (rows.length === 0)
    return <p className="empty">{t('measures.noMatch')}</p>;
  return (
    <table className="table measures-table">
      <thead>
        <tr>
          <th scope="col">{t('measures.number')}</th>
          <th scope="col">{t('measure.title')}</th>
          <th scope="col">{t('measure.period')}</th>
          <th scope="col">{t('measure.units')}</th>
          <th scope="col">{t('measures.status')}</th>
          <th scope="col" className="num percent">
            {t('measures.percent')}
          </th>
          <th scope="col">{t('measures.lastUpdate')}</th>
          <th scope="col">{t('measures.order')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ measure, number, status, percent, lastUpdate }) => {
          const units = measureUnitNames(measure, office);
          const label = format.number(number);
          return (
            <tr key={measure.id} {...drag.rowProps(measure.id, number)}>
              <td className="num">{label}</td>
              <td>
                <Link href={`/measures/${measure.id}`}>{measure.title}</Link>
              </td>
              <td>{format.period(measure.period, fiscalYear)}</td>
              <td>
                {units === null ? t('measure.allUnits') : units.join(', ')}
              </td>
              <td>
                <StatusBadge status={status} />{' '}
                <ConflictBadge
                  conflict={conflicts?.get(measure.id)}
                  title={measure.title}
                />
              </td>
              <td className="num percent">
                {percent === undefined
                  ? t('measures.noPercent')
                  : format.number(percent / 100, {
                      style: 'percent',
                      maximumFractionDigits: 1,
                    })}
              </td>
              <td>
                {lastUpdate ? format.date(lastUpdate) : t('measures.noUpdate')}
              </td>
              <td className="row-buttons move-cell">
                <MoveControls
                  measureId={measure.id}
                  title={measure.title}
                  number={number}
                  total={total}
                  handle={drag.handleProps(measure.id, number)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
