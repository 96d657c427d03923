import { useTranslation } from 'react-i18next';

import type { Round } from '@/domain/types';
import { RoundSelect } from '@/ui/round-select';

interface ReportControlsProps {
  round: Round;
  onRound: (round: Round) => void;
  thaiDigits: boolean;
  onThaiDigits: (thai: boolean) => void;
}

/** Which round the report covers, and whether it prints Thai digits. */
export function ReportControls(props: ReportControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="report-controls">
      <RoundSelect
        label={t('report.round')}
        value={props.round}
        onChange={props.onRound}
      />
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
