import { useTranslation } from 'react-i18next';

import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

interface CleanupBarProps {
  pending: number;
  accepted: number;
  onAcceptAll: () => void;
}

/**
 * The wrap spaces a PDF copy left in the cells: how many are proposed for
 * removal, and one button to remove them all (each can still be kept).
 */
export function CleanupBar({
  pending,
  accepted,
  onAcceptAll,
}: CleanupBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (pending === 0 && accepted === 0) return null;
  return (
    <section className="paste-cleanup" aria-labelledby="paste-cleanup-title">
      <h2 id="paste-cleanup-title">{t('paste.cleanup.title')}</h2>
      <p className="form-section-hint">{t('paste.cleanup.hint')}</p>
      <p role="status" className="paste-cleanup-count">
        {t('paste.cleanup.pending', {
          count: pending,
          n: format.number(pending),
        })}
        {accepted > 0
          ? ` ${t('paste.cleanup.accepted', {
              count: accepted,
              n: format.number(accepted),
            })}`
          : ''}
      </p>
      <Button variant="primary" disabled={pending === 0} onClick={onAcceptAll}>
        {t('paste.cleanup.acceptAll')}
      </Button>
    </section>
  );
}
