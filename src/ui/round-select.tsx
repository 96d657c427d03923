import { ROUNDS, type Round } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

import { Field } from './field';

interface RoundSelectProps {
  label: string;
  value: Round;
  onChange: (round: Round) => void;
}

/** Picks a reporting round: 6-month (1 Oct – 31 Mar) or annual. */
export function RoundSelect({ label, value, onChange }: RoundSelectProps) {
  const format = useFormat();
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
              {format.round(round)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
