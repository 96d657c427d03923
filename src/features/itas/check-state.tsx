import { useTranslation } from 'react-i18next';

import '@/i18n/itas/load';
import type { LinkCheck } from '@/domain/oit/link-check-result';
import { useFormat } from '@/i18n/use-format';

import { CHECK_TIMEOUT_MS } from './link-check';

/** What the last check of a link found, in words, and when. */
export function checkText(
  t: ReturnType<typeof useTranslation<'itas'>>['t'],
  check: LinkCheck | undefined,
): string {
  if (!check) return t('checks.unchecked');
  if (check.state === 'answered') return t('checks.answered');
  if (check.state === 'insecure') return t('checks.insecure');
  if (check.reason === 'timeout')
    return t('checks.timeout', { seconds: CHECK_TIMEOUT_MS / 1000 });
  if (check.reason === 'status')
    return t('checks.status', { status: check.status ?? 0 });
  return t('checks.network');
}

export function CheckState({ check }: { check: LinkCheck | undefined }) {
  const { t } = useTranslation('itas');
  const format = useFormat();
  const state = check?.state ?? 'unchecked';
  return (
    <span className={`itas-check itas-check-${state}`}>
      {checkText(t, check)}
      {check ? (
        <span className="itas-checked-at">
          {' '}
          {t('checks.checkedAt', { at: format.timestamp(check.checkedAt) })}
        </span>
      ) : null}
    </span>
  );
}
