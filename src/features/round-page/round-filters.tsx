import { useTranslation } from 'react-i18next';

import {
  ROUND_SHOWS,
  type RoundFilter,
  type RoundShow,
} from '@/domain/reporting/round-table';
import { Field } from '@/ui/field';

interface RoundFiltersProps {
  filter: RoundFilter;
  districts: readonly string[];
  onChange: (filter: RoundFilter) => void;
}

/** Narrow the table by state (or a figure's offices) and by district. */
export function RoundFilters({
  filter,
  districts,
  onChange,
}: RoundFiltersProps) {
  const { t } = useTranslation();
  return (
    <search className="filters round-filters">
      <Field label={t('roundPage.showLabel')}>
        {(p) => (
          <select
            {...p}
            value={filter.show}
            onChange={(e) =>
              onChange({ ...filter, show: e.target.value as RoundShow })
            }
          >
            {ROUND_SHOWS.map((show) => (
              <option key={show} value={show}>
                {t(`roundPage.show.${show}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('expectedOffices.district')}>
        {(p) => (
          <select
            {...p}
            value={filter.district}
            onChange={(e) => onChange({ ...filter, district: e.target.value })}
          >
            <option value="">{t('roundPage.anyDistrict')}</option>
            {districts.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        )}
      </Field>
    </search>
  );
}
