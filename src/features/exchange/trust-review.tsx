import { useTranslation } from 'react-i18next';

import { deviceName } from '@/bundle/device-name';
import type { HeldGroup, NewTrust, TrustChoices } from '@/db/keys/trust-book';
import { useFormat } from '@/i18n/use-format';

import type { OfficePreview } from './analysis';

/** A device as a person reads it: as named, or a user agent as "Chrome บน Windows". */
export function useDeviceText() {
  const { t } = useTranslation();
  return (device: string) => {
    const name = deviceName(device);
    return 'text' in name ? name.text : t('conflicts.deviceOn', name);
  };
}

/** The office a held group is of, as a person reads it. */
export function useOfficeLabel() {
  const { t } = useTranslation();
  return (group: Pick<HeldGroup, 'officeId' | 'officeName'>) =>
    group.officeId === ''
      ? t('deadlines.importRow')
      : (group.officeName ?? group.officeId);
}

const sameKey = (group: HeldGroup) => (k: TrustChoices['keys'][number]) =>
  k.officeId === group.officeId && k.fingerprint === group.fingerprint;

/** Unsigned files held, once each, with the offices they carry. */
function unsignedFiles(held: readonly HeldGroup[]) {
  const files = new Map<string, HeldGroup[]>();
  for (const group of held)
    if (group.reason === 'unsigned')
      files.set(group.file, [...(files.get(group.file) ?? []), group]);
  return [...files];
}

/**
 * What the files may not change unless the person says so: records signed
 * by a key not trusted for their office (trust it, or leave them out), and
 * unsigned files (say where they came from, or leave them out). What is
 * left unchecked is not written; the rest of each file still is.
 */
export function TrustReview({
  held,
  firstUse,
  offices,
  choices,
  onChange,
}: {
  held: readonly HeldGroup[];
  firstUse: readonly NewTrust[];
  /** The offices the preview counts, to name a key's office. */
  offices: readonly OfficePreview[];
  choices: TrustChoices;
  onChange: (choices: TrustChoices) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const officeLabel = useOfficeLabel();
  const deviceText = useDeviceText();
  const unknown = held.filter((g) => g.reason === 'unknownKey');
  const unsigned = unsignedFiles(held);
  const toggleKey = (group: HeldGroup, on: boolean) =>
    onChange({
      ...choices,
      keys: on
        ? [
            ...choices.keys,
            { officeId: group.officeId, fingerprint: group.fingerprint ?? '' },
          ]
        : choices.keys.filter((k) => !sameKey(group)(k)),
    });
  const toggleFile = (file: string, on: boolean) =>
    onChange({
      ...choices,
      unsignedFiles: on
        ? [...choices.unsignedFiles, file]
        : choices.unsignedFiles.filter((f) => f !== file),
    });

  return (
    <>
      {firstUse.length > 0 ? (
        <ul className="trust-first-use">
          {firstUse.map((key) => (
            <li key={`${key.officeId} ${key.fingerprint}`}>
              {t('exchange.trust.firstUse', {
                office:
                  offices.find((o) => o.officeId === key.officeId)?.name ??
                  key.officeId,
                fingerprint: key.fingerprint,
                device: deviceText(key.device),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {held.length > 0 ? (
        <section className="trust-held" aria-labelledby="trust-held-title">
          <h3 id="trust-held-title">{t('exchange.trust.heldTitle')}</h3>
          <p>{t('exchange.trust.heldIntro')}</p>
          <ul>
            {unknown.map((group) => (
              <li key={`${group.file} ${group.officeId}`} className="warning">
                <p>
                  {t('exchange.trust.unknownKey', {
                    office: officeLabel(group),
                    file: group.file,
                    device: deviceText(group.device),
                    fingerprint: group.fingerprint,
                    n: format.number(group.records),
                  })}
                </p>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={choices.keys.some(sameKey(group))}
                    onChange={(e) => toggleKey(group, e.target.checked)}
                  />
                  {t('exchange.trust.trustKey', { office: officeLabel(group) })}
                </label>
              </li>
            ))}
            {unsigned.map(([file, groups]) => (
              <li key={file} className="warning">
                <p>
                  {t('exchange.trust.unsigned', {
                    file,
                    device: deviceText(groups[0]?.device ?? ''),
                    offices: groups.map(officeLabel).join(', '),
                    n: format.number(
                      groups.reduce((sum, g) => sum + g.records, 0),
                    ),
                  })}
                </p>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={choices.unsignedFiles.includes(file)}
                    onChange={(e) => toggleFile(file, e.target.checked)}
                  />
                  {t('exchange.trust.knowSource')}
                </label>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
