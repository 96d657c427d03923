import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import '@/i18n/itas/load';
import { useMeasures } from '@/db/live';
import { useOitItems } from '@/db/oit-items';
import { byItemNumber } from '@/domain/oit/checks';
import {
  OIT_DOCUMENTS,
  type OitDocumentKind,
  type Office,
} from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import '../itas.css';
import { documentName } from '../source-text';
import { useDocOptions } from './doc-controls';
import { Signature } from './signature';

/**
 * The request to publish a document on the office's website (แบบฟอร์มการ
 * ขออนุญาตนำข้อมูลเผยแพร่ผ่านเว็บไซต์ของหน่วยงาน), for the announcement or
 * a round's report: its link and OIT items from the year's items. The
 * preparer gives the information, the approver approves; whoever puts it
 * on the website is not among the office's signers and signs by hand.
 */
export function PublicationRequestPage({
  office,
  fiscalYear,
}: {
  office: Office;
  fiscalYear: number;
}) {
  const { t } = useTranslation('itas');
  const format = useFormat();
  const items = useOitItems(office.id, fiscalYear);
  const measures = useMeasures(office.id, fiscalYear);
  const { options, controls } = useDocOptions();
  const [kind, setKind] = useState<OitDocumentKind>('announcement');
  const pickId = useId();
  const year = options.text(String(fiscalYear));
  const answering = [...(items ?? [])]
    .filter((i) => i.documents.some((d) => d.kind === kind))
    .sort(byItemNumber);
  const urls = [
    ...new Set(
      answering.flatMap((i) =>
        i.documents.filter((d) => d.kind === kind && d.url).map((d) => d.url),
      ),
    ),
  ];
  const numbers = answering.map((i) => i.number).join(', ') || '-';
  const count = options.text(String(measures?.length ?? 0));
  const topic =
    kind === 'announcement'
      ? t('docs.topicAnnouncement', { office: office.name, year })
      : t('docs.topicReport', {
          round: options.text(
            t(
              kind === 'six-month-report'
                ? 'docs.roundSixMonth'
                : 'docs.roundAnnual',
            ),
          ),
          year,
        });
  const detail =
    kind === 'announcement'
      ? t('docs.detailAnnouncement', { count, numbers })
      : t('docs.detailReport', { count, numbers });
  return (
    <Page
      title={t('docs.requestTitle', { year: fiscalYear })}
      documentTitle={t('docs.requestTitle', { year: fiscalYear })}
    >
      {controls}
      <div className="itas-controls field">
        <label htmlFor={pickId} className="field-label">
          {t('docs.requestWhich')}
        </label>
        <select
          id={pickId}
          value={kind}
          onChange={(e) => setKind(e.target.value as OitDocumentKind)}
        >
          {OIT_DOCUMENTS.map((k) => (
            <option key={k} value={k}>
              {documentName(t, k)}
            </option>
          ))}
        </select>
      </div>
      <article className="itas-paper" lang={format.language}>
        <h2>{t('docs.requestHeading')}</h2>
        <table className="itas-request-table">
          <tbody>
            <tr>
              <td>{t('docs.requestOffice', { office: office.name })}</td>
            </tr>
            <tr>
              <td>{t('docs.requestDate', { date: options.dateText })}</td>
            </tr>
            <tr>
              <td>{t('docs.requestTopic', { topic })}</td>
            </tr>
            <tr>
              <td>
                <p>{t('docs.requestDetail')}</p>
                <p>{detail}</p>
              </td>
            </tr>
            <tr>
              <td>
                <p>{t('docs.requestLinks')}</p>
                {urls.length > 0 ? (
                  urls.map((u) => (
                    <p key={u} className="itas-url">
                      {u}
                    </p>
                  ))
                ) : (
                  <p>{t('docs.noLink')}</p>
                )}
              </td>
            </tr>
            <tr>
              <td>
                <p>{t('docs.requestNote')}</p>
                <p>
                  <span className="itas-blank" />
                </p>
              </td>
            </tr>
          </tbody>
        </table>
        <div className="itas-signers">
          <Signature
            role={t('docs.giver')}
            person={office.preparedBy}
            withDate
          />
          <Signature
            role={t('docs.approver')}
            person={office.approvedBy}
            withDate
          />
          <Signature role={t('docs.publisher')} person={undefined} withDate />
        </div>
      </article>
    </Page>
  );
}
