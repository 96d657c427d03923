/**
 * The round page's parts, each computing what it shows from the offices
 * itself: as separate components, React renders them one after another in
 * the transition that draws 8,000 offices, yielding between them, instead
 * of one body computing everything at once.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import {
  reportingFigures,
  roundTotals,
} from '@/domain/reporting/reporting-rate';
import {
  districtsOf,
  filterRoundRows,
  isOverdue,
  sortRoundRows,
  type RankedRow,
  type RoundFilter,
  type RoundShow,
  type RoundSort,
} from '@/domain/reporting/round-table';
import { compareThai } from '@/domain/table-sort';
import { useFormat } from '@/i18n/use-format';
import { ResultCount } from '@/ui/result-count';

import { DistrictTotals } from './district-totals';
import { OverdueChecklist } from './overdue-checklist';
import { roundColumns } from './round-columns';
import { RoundFigures } from './round-figures';
import { RoundFilters } from './round-filters';
import { RoundTable } from './round-table';

/** The figures of the district chosen (or of all), each a link to its offices. */
export function FiguresOf(props: {
  rows: readonly RankedRow[];
  filter: RoundFilter;
  href: (show: RoundShow) => string;
}) {
  const { rows, filter, href } = props;
  const figures = useMemo(
    () =>
      reportingFigures(
        filterRoundRows(rows, { show: 'all', district: filter.district }).map(
          (r) => r.state,
        ),
      ),
    [rows, filter.district],
  );
  return (
    <RoundFigures
      figures={figures}
      notReceived={figures.expected - figures.received}
      district={filter.district}
      shown={filter.show}
      href={href}
    />
  );
}

export function OverdueOf(props: {
  rows: readonly RankedRow[];
  dueDate: string;
  today: string;
  heading: readonly string[];
  showHref: string;
  fileName: string;
}) {
  const { rows, ...rest } = props;
  const overdue = useMemo(() => rows.filter((r) => isOverdue(r.state)), [rows]);
  return <OverdueChecklist overdue={overdue} {...rest} />;
}

/** The filters, the count and the table of the offices they leave. */
export function OfficesOf(props: {
  rows: readonly RankedRow[];
  filter: RoundFilter;
  sort: RoundSort;
  label: string;
  onFilter: (filter: RoundFilter) => void;
  onSort: (sort: RoundSort) => void;
}) {
  const { rows, filter, sort, label, onFilter, onSort } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const { show, district } = filter;
  const { key, direction } = sort;
  // The URL's filter and order are read anew each render: memoised by value.
  const shown = useMemo(
    () =>
      sortRoundRows(filterRoundRows(rows, { show, district }), {
        key,
        direction,
      }),
    [rows, show, district, key, direction],
  );
  const districts = useMemo(() => districtsOf(rows), [rows]);
  // The same columns while the language and digits stay: the rows are memoised on them.
  const columns = useMemo(() => roundColumns(t, format), [t, format]);
  return (
    <section className="round-offices" aria-label={label}>
      <RoundFilters
        filter={filter}
        districts={
          district && !districts.includes(district)
            ? [...districts, district]
            : districts
        }
        onChange={onFilter}
      />
      <ResultCount
        shown={shown.length}
        total={rows.length}
        message={(counts) => t('roundPage.count', counts)}
      />
      {shown.length === 0 ? (
        <p>{t('roundPage.empty')}</p>
      ) : (
        <RoundTable
          rows={shown}
          columns={columns}
          sort={sort}
          onSort={onSort}
        />
      )}
    </section>
  );
}

export function TotalsOf(props: {
  rows: readonly RankedRow[];
  totalName: string;
  heading: readonly string[];
  fileName: string;
}) {
  const { rows, ...rest } = props;
  const totals = useMemo(
    () =>
      roundTotals(
        rows.map((r) => r.state),
        compareThai,
      ),
    [rows],
  );
  return <DistrictTotals totals={totals} {...rest} />;
}
