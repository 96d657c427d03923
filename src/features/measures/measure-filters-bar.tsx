import { useTranslation } from 'react-i18next';

import { UPDATE_STATUSES, type MeasureStatus, type Unit } from '@/domain/types';
import { Field } from '@/ui/field';

import type { MeasureFilter } from './measure-filters';

interface MeasureFiltersProps {
  units: readonly Unit[];
  filter: MeasureFilter;
  onChange: (filter: MeasureFilter) => void;
}

export function MeasureFilters({
  units,
  filter,
  onChange,
}: MeasureFiltersProps) {
  const { t } = useTranslation();
  return (
    <search className="filters">
      <Field label={t('measures.search')}>
        {(p) => (
          <input
            {...p}
            type="search"
            value={filter.text}
            onChange={(e) => onChange({ ...filter, text: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('measures.filterStatus')}>
        {(p) => (
          <select
            {...p}
            value={filter.status}
            onChange={(e) =>
              onChange({
                ...filter,
                status: e.target.value as MeasureStatus | '',
              })
            }
          >
            <option value="">{t('measures.anyStatus')}</option>
            {UPDATE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('measures.filterUnit')}>
        {(p) => (
          <select
            {...p}
            value={filter.unitId}
            onChange={(e) => onChange({ ...filter, unitId: e.target.value })}
          >
            <option value="">{t('measures.anyUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </search>
  );
}
