import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/i18n/use-format';
import { Field } from '@/ui/field';

/** The shortest passphrase taken: scrypt makes each guess cost, but not a 4-letter one. */
export const MIN_PASSPHRASE = 10;

/** Whether to encrypt, and with what; `ready` false while the two fields disagree. */
export interface Sealing {
  passphrase?: string;
  ready: boolean;
}

/**
 * The export's optional passphrase, typed twice. It lives in this form's
 * state only: never stored, gone when the page is left.
 */
export function EncryptOption({
  onChange,
}: {
  onChange: (sealing: Sealing) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [on, setOn] = useState(false);
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const n = format.number(MIN_PASSPHRASE);
  const short = on && [...first].length < MIN_PASSPHRASE;
  const differ = on && !short && first !== again;
  useEffect(() => {
    onChange(
      on ? { passphrase: first, ready: !short && !differ } : { ready: true },
    );
  }, [on, first, short, differ, onChange]);
  return (
    <div className="encrypt-option">
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => setOn(e.target.checked)}
        />
        {t('exchange.encrypt.option')}
      </label>
      {on ? (
        <>
          <Field
            label={t('exchange.encrypt.passphrase')}
            hint={t('exchange.encrypt.hint', { n })}
            error={
              short && first !== ''
                ? t('exchange.encrypt.tooShort', { n })
                : undefined
            }
          >
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={first}
                onChange={(e) => setFirst(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('exchange.encrypt.repeat')}
            error={
              differ && again !== ''
                ? t('exchange.encrypt.mismatch')
                : undefined
            }
          >
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={again}
                onChange={(e) => setAgain(e.target.value)}
              />
            )}
          </Field>
        </>
      ) : null}
    </div>
  );
}
