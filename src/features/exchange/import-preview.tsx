import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { MERGE_KINDS } from '@/bundle/merge';
import { revealInvisible } from '@/domain/invisible-chars';
import { useFormat } from '@/i18n/use-format';

import type { ImportPreview as Preview } from './analyze-files';
import { fileErrorText } from './bundle-error-text';
import { InvalidRecords } from './invalid-records';
import { useDeviceText } from './trust-review';

/** Before anything is written: what each file and office would bring. */
export function ImportPreview({
  preview,
  headingRef,
  trust,
}: {
  preview: Preview;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Who may change what: the keys and files held for a choice (trust-review.tsx). */
  trust?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const deviceText = useDeviceText();
  return (
    <div className="import-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('exchange.import.files')}
      </h3>
      <ul className="file-outcomes">
        {preview.files.map((file, i) => (
          <li key={i} className={file.error ? 'file-error' : undefined}>
            <strong>{file.name}</strong>
            {': '}
            {file.error
              ? fileErrorText(t, file.error.reason, file.error.details)
              : t('exchange.import.fileRead', {
                  count: file.records,
                  n: format.number(file.records),
                })}
            {file.sender ? (
              <span className="file-sender">
                {' · '}
                {file.sender.fingerprint
                  ? t('exchange.trust.sender', {
                      device: deviceText(file.sender.device),
                      fingerprint: file.sender.fingerprint,
                    })
                  : t('exchange.trust.unsignedSender', {
                      device: deviceText(file.sender.device),
                    })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {preview.offices.length > 0 ? (
        <table className="table">
          <caption>{t('exchange.import.byOffice')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exchange.import.office')}</th>
              {MERGE_KINDS.map((kind) => (
                <th scope="col" key={kind} className="num">
                  {t(`exchange.outcome.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.offices.map((office) => (
              <tr key={office.officeId}>
                <th scope="row">
                  {office.officeId === ''
                    ? t('deadlines.importRow')
                    : revealInvisible(office.name)}
                </th>
                {MERGE_KINDS.map((kind) => (
                  <td key={kind} className="num">
                    {format.number(office.counts[kind])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {trust}
      <InvalidRecords invalid={preview.invalid} />
    </div>
  );
}
