/**
 * Settings: this device as others see it (issue 17): its name, asked once
 * here and carried in every file it exports; its key's fingerprint, which
 * a recipient compares in their preview; and, on a consolidator's device,
 * that forms change only its own office (the others by import only).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  DEVICE_NAME_MAX,
  ensureDeviceKey,
  setDeviceName,
  setOwnOfficeOnly,
  useThisDevice,
  type ThisDevice,
} from '@/db/keys/this-device';
import type { Office } from '@/domain/types';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

export function DevicePanel({ office }: { office: Office }) {
  const { t } = useTranslation();
  const device = useThisDevice();
  useEffect(() => {
    void ensureDeviceKey();
  }, []);
  return (
    <section className="card" aria-labelledby="device-title">
      <h2 id="device-title">{t('trust.device.title')}</h2>
      {device ? (
        <>
          <NameForm device={device} />
          {device.fingerprint ? (
            <p>
              {t('trust.device.fingerprint')} <code>{device.fingerprint}</code>
            </p>
          ) : null}
          <label className="choice">
            <input
              type="checkbox"
              checked={device.ownOfficeOnly !== undefined}
              onChange={(e) =>
                void setOwnOfficeOnly(e.target.checked ? office.id : undefined)
              }
            />
            {t('trust.device.ownOfficeOnly', {
              office:
                device.ownOfficeOnly && device.ownOfficeOnly !== office.id
                  ? t('trust.device.anotherOffice')
                  : office.name,
            })}
          </label>
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

function NameForm({ device }: { device: ThisDevice }) {
  const { t } = useTranslation();
  const [name, setName] = useState(device.name ?? '');
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void setDeviceName(name).then(() => setSaved(true));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label={t('trust.device.name')} hint={t('trust.device.nameHint')}>
        {(p) => (
          <input
            {...p}
            value={name}
            maxLength={DEVICE_NAME_MAX}
            onChange={(e) => {
              setName(e.target.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {t('trust.device.save')}
        </Button>
        {saved ? <span role="status">{t('trust.device.saved')}</span> : null}
      </div>
    </form>
  );
}
