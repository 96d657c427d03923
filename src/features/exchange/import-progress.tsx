import { useTranslation } from 'react-i18next';

import { useFormat } from '@/i18n/use-format';

import type { Progress } from './progress-meter';

const MB = 1024 * 1024;

/**
 * Where the import stands: the phase (a status, announced when it changes),
 * and for a large file the share done and the rate, under a progress bar.
 */
export function ImportProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { phase, done, total, unit, perSecond } = progress;
  const phaseText = t(`exchange.phase.${phase}`, {
    done: format.number(Math.min(done + 1, total)),
    total: format.number(total),
  });
  if (unit === 'files')
    return (
      <p role="status" className="progress">
        {phaseText}
      </p>
    );
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
      <p role="status">{phaseText}</p>
      <progress value={done} max={total} aria-label={phaseText} />
      <p className="field-hint">{detail}</p>
    </div>
  );
}
