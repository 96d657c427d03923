import { useTranslation } from 'react-i18next';

import { Button } from './button';

interface DraftNoticeProps {
  /** Already formatted for display. */
  savedAt: string;
  onDiscard: () => void;
}

/** Tells that unsaved typing was brought back, and offers to throw it away. */
export function DraftNotice({ savedAt, onDiscard }: DraftNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="draft-notice" role="status">
      <p>{t('drafts.restored', { time: savedAt })}</p>
      <Button onClick={onDiscard}>{t('drafts.discard')}</Button>
    </div>
  );
}
