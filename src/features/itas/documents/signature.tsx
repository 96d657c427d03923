import { useTranslation } from 'react-i18next';

import '@/i18n/itas/load';
import type { Signatory } from '@/domain/types';

/**
 * A signature as official Thai documents print one: a line to sign on,
 * the name in brackets, the position; a name not set leaves a dotted
 * space to write by hand.
 */
export function Signature({
  role,
  person,
  withDate,
}: {
  role?: string;
  person: Signatory | undefined;
  withDate?: boolean;
}) {
  const { t } = useTranslation('itas');
  return (
    <div className="itas-signature">
      {role ? <p>{role}</p> : null}
      <p>
        {t('docs.sign')} <span className="itas-blank" aria-hidden="true" />
      </p>
      <p>({person?.name || <span className="itas-blank" />})</p>
      <p>
        {t('docs.position')}{' '}
        {person?.position || <span className="itas-blank" />}
      </p>
      {withDate ? (
        <p>
          {t('docs.dateLine')} <span className="itas-blank" />
        </p>
      ) : null}
    </div>
  );
}
