import { useTranslation } from 'react-i18next';

import '@/i18n/itas/load';
import { Button } from '@/ui/button';

import type { LinkChecks } from './use-link-checks';

/** Whether the links can be checked now, how far a run is, and the tally. */
export function ChecksBar({
  run,
  urls,
}: {
  run: LinkChecks;
  urls: readonly string[];
}) {
  const { t } = useTranslation('itas');
  const states = urls.map((u) => run.checks.get(u)?.state);
  const answered = states.filter((s) => s === 'answered').length;
  const failed = states.filter((s) => s === 'failed').length;
  const unchecked = urls.length - answered - failed;
  return (
    <section className="itas-checks" aria-labelledby="itas-checks-title">
      <h2 id="itas-checks-title">{t('checks.title')}</h2>
      <p role="status" className="itas-checks-status">
        {!run.online
          ? t('checks.offline')
          : run.progress
            ? t('checks.running', run.progress)
            : t('checks.summary', { answered, failed, unchecked })}
      </p>
      {run.online && run.progress ? (
        <p className="itas-checks-summary">
          {t('checks.summary', { answered, failed, unchecked })}
        </p>
      ) : null}
      <p className="form-section-hint">{t('checks.hint')}</p>
      <Button onClick={run.again} disabled={!run.online || urls.length === 0}>
        {t('checks.again')}
      </Button>
    </section>
  );
}
