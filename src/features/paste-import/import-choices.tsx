import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ROUNDS, type Round } from '@/domain/types';

import type { ImportStatus } from './use-paste-import';

interface ImportChoicesProps {
  round: Round;
  onRound: (round: Round) => void;
  status: ImportStatus;
  onStatus: (status: ImportStatus) => void;
}

/** The report's results become progress updates: of which round, and saying what. */
export function ImportChoices(props: ImportChoicesProps) {
  const { t } = useTranslation();
  const roundId = useId();
  const statusId = useId();
  return (
    <fieldset className="form-section">
      <legend>{t('paste.results.legend')}</legend>
      <p className="form-section-hint">{t('paste.results.hint')}</p>
      <div className="form-row">
        <div className="field">
          <label htmlFor={roundId} className="field-label">
            {t('update.round')}
          </label>
          <select
            id={roundId}
            value={props.round}
            onChange={(e) => props.onRound(e.target.value as Round)}
          >
            {ROUNDS.map((round) => (
              <option key={round} value={round}>
                {t(`round.${round}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId} className="field-label">
            {t('update.status')}
          </label>
          <select
            id={statusId}
            value={props.status}
            onChange={(e) => props.onStatus(e.target.value as ImportStatus)}
          >
            <option value="completed">{t('status.completed')}</option>
            <option value="in-progress">{t('status.in-progress')}</option>
          </select>
        </div>
      </div>
    </fieldset>
  );
}
