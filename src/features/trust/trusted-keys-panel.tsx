/**
 * Settings: the keys this device trusts to change each office's records
 * (issue 17), where each came from, and revoking one: that key's next
 * file for the office is held in the import's preview again.
 */
import { useTranslation } from 'react-i18next';

import type { TrustedKeyRow } from '@/db/keys/key-rows';
import { revokeTrust, useTrustedKeys } from '@/db/keys/trusted-keys';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

function byOffice(rows: readonly TrustedKeyRow[]) {
  const offices = new Map<string, TrustedKeyRow[]>();
  for (const row of rows)
    if (!row.revokedAt)
      offices.set(row.officeId, [...(offices.get(row.officeId) ?? []), row]);
  return [...offices];
}

export function TrustedKeysPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const trusted = useTrustedKeys();
  const names = trusted?.names;
  const offices = byOffice(trusted?.keys ?? []);
  return (
    <section className="card" aria-labelledby="trusted-keys-title">
      <h2 id="trusted-keys-title">{t('trust.title')}</h2>
      <p>{t('trust.intro')}</p>
      {trusted === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : offices.length === 0 ? (
        <p>{t('trust.none')}</p>
      ) : (
        <ul className="trusted-offices">
          {offices.map(([officeId, rows]) => (
            <li key={officeId}>
              <h3>{names?.get(officeId) ?? officeId}</h3>
              <ul>
                {rows.map((row) => (
                  <li key={row.fingerprint}>
                    <code>{row.fingerprint}</code>{' '}
                    {t(`trust.origin.${row.origin}`, {
                      file: row.file,
                      device: row.device,
                      time: format.timestamp(row.at),
                    })}{' '}
                    <Button
                      onClick={() =>
                        void revokeTrust(row.officeId, row.fingerprint)
                      }
                      aria-label={t('trust.revokeLabel', {
                        fingerprint: row.fingerprint,
                        office: names?.get(officeId) ?? officeId,
                      })}
                    >
                      {t('trust.revoke')}
                    </Button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
