import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

import type { Progress } from './progress-meter';

const MB = 1024 * 1024;

interface ImportProgressProps {
  progress: Progress;
  /** A cancel of the write was asked for; the worker is aborting it. */
  cancelling?: boolean;
  onCancel: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Where the import stands: the phase (a status, announced when it changes),
 * and for a large file the share done and the rate, under a progress bar;
 * and a cancel, in every phase.
 */
export function ImportProgress({
  progress,
  cancelling,
  onCancel,
  headingRef,
}: ImportProgressProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { phase, done, total, unit, perSecond } = progress;
  const phaseText = cancelling
    ? t('exchange.import.cancelling')
    : t(`exchange.phase.${phase}`, {
        done: format.number(Math.min(done + 1, total)),
        total: format.number(total),
      });
  const percent = format.number(total > 0 ? done / total : 0, {
    style: 'percent',
  });
  const detail =
    unit === 'records'
      ? t('exchange.progress.records', {
          done: format.number(done),
          total: format.number(total),
          percent,
          rate: format.number(perSecond),
        })
      : t('exchange.progress.bytes', {
          done: format.number(Math.round(done / MB)),
          total: format.number(Math.round(total / MB)),
          percent,
        });
  return (
    <div className="progress">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('exchange.import.working')}
      </h3>
      <p role="status">{phaseText}</p>
      {unit === 'files' ? null : (
        <>
          <progress value={done} max={total} aria-label={phaseText} />
          <p className="field-hint">{detail}</p>
        </>
      )}
      {phase === 'write' ? (
        <p className="field-hint">{t('exchange.import.writeAllOrNothing')}</p>
      ) : null}
      <div className="form-actions">
        <Button onClick={onCancel} disabled={cancelling}>
          {t('exchange.import.cancel')}
        </Button>
      </div>
    </div>
  );
}
