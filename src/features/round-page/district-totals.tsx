import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { RoundTotals } from '@/domain/reporting/reporting-rate';
import { useFormat } from '@/i18n/use-format';
import { ExportButtons } from '@/ui/export-buttons';
import { cellText } from '@/ui/table-export';

import { totalsCells, totalsHeaders, totalsTable } from './round-exports';

interface DistrictTotalsProps {
  totals: { districts: readonly RoundTotals[]; province: RoundTotals };
  /** The total row's name: the province's, or all offices'. */
  totalName: string;
  heading: readonly string[];
  fileName: string;
}

/**
 * The sums a consolidator would otherwise make in Excel: a line per
 * district and the province's; exported with number cells.
 */
export function DistrictTotals(props: DistrictTotalsProps) {
  const { totals, totalName, heading, fileName } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const headers = totalsHeaders(t);
  const district = (d: RoundTotals) =>
    d.district || t('roundPage.totals.noDistrict');
  const line = (name: string, d: RoundTotals) =>
    totalsCells(format, name, d).map(cellText);
  return (
    <section className="card district-totals" aria-labelledby={id}>
      <h2 id={id}>{t('roundPage.totals.title')}</h2>
      <div
        className="table-scroll"
        // Eleven columns scroll sideways on a narrow screen: focusable so the
        // keyboard can scroll them (axe scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-labelledby={id}
      >
        <table className="table">
          <thead>
            <tr>
              {headers.map((header, i) => (
                <th
                  key={header}
                  scope="col"
                  className={i > 0 ? 'num' : undefined}
                >
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {totals.districts.map((d) => (
              <Line key={d.district} cells={line(district(d), d)} />
            ))}
          </tbody>
          <tfoot>
            <Line cells={line(totalName, totals.province)} />
          </tfoot>
        </table>
      </div>
      <ExportButtons
        table={() => totalsTable(t, format, heading, totals, totalName)}
        name={t('roundPage.totals.sheet')}
        fileName={fileName}
      />
    </section>
  );
}

function Line({ cells }: { cells: readonly string[] }) {
  const [name, ...figures] = cells;
  return (
    <tr>
      <th scope="row">{name}</th>
      {figures.map((text, i) => (
        <td key={i} className="num">
          {text}
        </td>
      ))}
    </tr>
  );
}
