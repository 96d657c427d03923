import { useTranslation } from 'react-i18next';

import type { UnitChoice } from './use-paste-import';

const UNIT_CHOICES: readonly UnitChoice[] = ['add', 'drop'];

interface UnknownUnitsProps {
  units: readonly { key: string; name: string; choice: UnitChoice }[];
  onChoose: (key: string, choice: UnitChoice) => void;
}

/** Units the report names that the office lacks: add each to the office, or leave it out. */
export function UnknownUnits({ units, onChoose }: UnknownUnitsProps) {
  const { t } = useTranslation();
  if (units.length === 0) return null;
  return (
    <fieldset className="form-section">
      <legend>{t('paste.units.title')}</legend>
      <p className="form-section-hint">{t('paste.units.hint')}</p>
      {units.map((unit) => (
        <fieldset key={unit.key} className="paste-unit">
          <legend>{unit.name}</legend>
          <div className="choice-row">
            {UNIT_CHOICES.map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={`unit-${unit.key}`}
                  checked={unit.choice === choice}
                  onChange={() => onChoose(unit.key, choice)}
                />
                {t(`paste.units.${choice}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
