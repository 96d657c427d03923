import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import '@/i18n/itas/load';
import { Button } from '@/ui/button';

/** Copies text for pasting into ITAS, and says it did (or could not). */
export function CopyButton({
  text,
  label,
  children,
}: {
  text: string;
  /** The button's accessible name: what it copies. */
  label: string;
  children?: string;
}) {
  const { t } = useTranslation('itas');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch (error) {
      console.error(error);
      setState('failed');
    }
  };
  return (
    <span className="itas-copy">
      <Button variant="ghost" aria-label={label} onClick={() => void copy()}>
        {children ?? t('sheet.copy')}
      </Button>
      <span role="status" className="itas-copy-note">
        {state === 'copied'
          ? t('sheet.copied')
          : state === 'failed'
            ? t('sheet.copyFailed')
            : ''}
      </span>
    </span>
  );
}
