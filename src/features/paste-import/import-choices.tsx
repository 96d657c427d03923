import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Round } from '@/domain/types';
import { RoundSelect } from '@/ui/round-select';

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
  const statusId = useId();
  return (
    <fieldset className="form-section">
      <legend>{t('paste.results.legend')}</legend>
      <p className="form-section-hint">{t('paste.results.hint')}</p>
      <div className="form-row">
        <RoundSelect
          label={t('update.round')}
          value={props.round}
          onChange={props.onRound}
        />
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
