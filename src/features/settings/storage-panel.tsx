import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  readStorageState,
  requestPersistence,
  type StorageState,
} from '@/db/storage';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

/** Whether the browser keeps the data for good, and how much room there is. */
export function StoragePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState<StorageState>();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void readStorageState().then(setState);
  }, []);

  const ask = async () => {
    const granted = await requestPersistence();
    setRefused(!granted);
    setState(await readStorageState());
  };
  const size = (bytes: number) =>
    format.number(bytes / 1024 / 1024, {
      maximumFractionDigits: bytes < 1024 * 1024 * 10 ? 1 : 0,
    }) + ' MB';

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      {state === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <p>
            {state.persisted
              ? t('storage.persisted')
              : t('storage.notPersisted')}
          </p>
          <p>
            {state.usage !== undefined && state.quota !== undefined
              ? t('storage.usage', {
                  used: size(state.usage),
                  quota: size(state.quota),
                })
              : t('storage.unknown')}
          </p>
          {state.persisted ? null : (
            <>
              <p className="advice">{t('storage.advice')}</p>
              <Button onClick={() => void ask()}>{t('storage.request')}</Button>
              {refused ? <p role="status">{t('storage.refused')}</p> : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
