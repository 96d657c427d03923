import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ROUNDS, type Round } from '@/domain/types';

interface ReportControlsProps {
  round: Round;
  onRound: (round: Round) => void;
  thaiDigits: boolean;
  onThaiDigits: (thai: boolean) => void;
}

/** Which round the report covers, and whether it prints Thai digits. */
export function ReportControls(props: ReportControlsProps) {
  const { t } = useTranslation();
  const roundId = useId();
  return (
    <div className="report-controls">
      <div className="field">
        <label htmlFor={roundId} className="field-label">
          {t('report.round')}
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
      <label className="choice">
        <input
          type="checkbox"
          checked={props.thaiDigits}
          onChange={(e) => props.onThaiDigits(e.target.checked)}
        />
        {t('report.thaiDigits')}
      </label>
    </div>
  );
}
