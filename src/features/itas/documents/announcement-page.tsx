import { useTranslation } from 'react-i18next';

import '@/i18n/itas/load';
import { useMeasures } from '@/db/live';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import '../itas.css';
import { useDocOptions } from './doc-controls';
import { Signature } from './signature';

/**
 * The announcement of the year's measures (ประกาศ … เรื่อง มาตรการส่งเสริม
 * คุณธรรมและความโปร่งใสภายในหน่วยงาน), A4 in the official style, signed
 * by the office's approver (its chief executive).
 */
export function AnnouncementPage({
  office,
  fiscalYear,
}: {
  office: Office;
  fiscalYear: number;
}) {
  const { t } = useTranslation('itas');
  const format = useFormat();
  const measures = useMeasures(office.id, fiscalYear);
  const { options, controls } = useDocOptions();
  const year = options.text(String(fiscalYear));
  const units = new Map(office.units.map((u) => [u.id, u.name]));
  const { t: tMain } = useTranslation();
  return (
    <Page
      title={t('docs.announcementTitle', { year: fiscalYear })}
      documentTitle={t('docs.announcementTitle', { year: fiscalYear })}
    >
      {controls}
      <article className="itas-paper" lang={format.language}>
        <h2>{t('docs.announcementOf', { office: office.name })}</h2>
        <p className="itas-center">{t('docs.subject', { year })}</p>
        <p className="itas-center" aria-hidden="true">
          ----------------------------------
        </p>
        <p className="itas-indent">
          {t('docs.announcementBody', { office: office.name, year })}
        </p>
        {measures && measures.length > 0 ? (
          <ol>
            {measures.map((m, i) => (
              <li key={m.id}>
                <p>
                  {t('docs.measureLine', {
                    position: options.text(String(i + 1)),
                    title: m.title,
                  })}
                </p>
                <p className="itas-measure-detail">
                  {t('docs.period', {
                    period:
                      format.language === 'th'
                        ? options.text(format.period(m.period, fiscalYear))
                        : format.period(m.period, fiscalYear),
                  })}
                  {' · '}
                  {t('docs.units', {
                    units: m.allUnits
                      ? tMain('measure.allUnits')
                      : m.unitIds.map((id) => units.get(id) ?? '').join(', '),
                  })}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('docs.noMeasures')}</p>
        )}
        <p className="itas-indent">{t('docs.closing')}</p>
        <p className="itas-indent">
          {t('docs.announcedOn', { date: options.dateText })}
        </p>
        <div className="itas-sign">
          <Signature person={office.approvedBy} />
        </div>
      </article>
    </Page>
  );
}
