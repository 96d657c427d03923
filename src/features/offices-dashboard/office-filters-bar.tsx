import { useTranslation } from 'react-i18next';

import type { OfficeFilter } from '@/domain/dashboard/office-table';
import { OFFICE_KINDS, type OfficeKind } from '@/domain/types';
import { Field } from '@/ui/field';

interface OfficeFiltersProps {
  filter: OfficeFilter;
  provinces: readonly string[];
  districts: readonly string[];
  onChange: (filter: OfficeFilter) => void;
}

/** Narrow the comparison by name, province, district (of the province) and kind. */
export function OfficeFilters({
  filter,
  provinces,
  districts,
  onChange,
}: OfficeFiltersProps) {
  const { t } = useTranslation();
  const choice = (
    label: string,
    value: string,
    values: readonly string[],
    labelOf: (value: string) => string,
    change: (value: string) => OfficeFilter,
  ) => (
    <Field label={label}>
      {(p) => (
        <select
          {...p}
          value={value}
          onChange={(e) => onChange(change(e.target.value))}
        >
          <option value="">{t('officesCompare.any')}</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {labelOf(v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <search className="filters office-filters">
      <Field label={t('officesCompare.search')}>
        {(p) => (
          <input
            {...p}
            type="search"
            value={filter.text}
            onChange={(e) => onChange({ ...filter, text: e.target.value })}
          />
        )}
      </Field>
      {choice(
        t('office.province'),
        filter.province,
        provinces,
        (v) => v,
        // A district belongs to a province: choosing another clears it.
        (province) => ({ ...filter, province, district: '' }),
      )}
      {choice(
        t('office.district'),
        filter.district,
        districts,
        (v) => v,
        (district) => ({ ...filter, district }),
      )}
      {choice(
        t('office.kind'),
        filter.kind,
        OFFICE_KINDS,
        (v) => t(`officeKind.${v as OfficeKind}`),
        (kind) => ({ ...filter, kind: kind as OfficeKind | '' }),
      )}
    </search>
  );
}
