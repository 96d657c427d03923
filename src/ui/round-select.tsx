import { useTranslation } from 'react-i18next';

import { ROUNDS, type Round } from '@/domain/types';

import { Field } from './field';

interface RoundSelectProps {
  label: string;
  value: Round;
  onChange: (round: Round) => void;
}

/** Picks a reporting round: 6-month (1 Oct – 31 Mar) or annual. */
export function RoundSelect({ label, value, onChange }: RoundSelectProps) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      {(p) => (
        <select
          {...p}
          value={value}
          onChange={(e) => onChange(e.target.value as Round)}
        >
          {ROUNDS.map((round) => (
            <option key={round} value={round}>
              {t(`round.${round}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
