import { useTranslation } from 'react-i18next';

import { setSetting } from '@/db/settings';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

interface ReportChecksProps {
  /** The fiscal year the report's title block names, if any. */
  found: number | null;
  fiscalYear: number;
  /** The office the title block names, when it is not the current one. */
  otherOffice: string | null;
  officeName: string;
  officeConfirmed: boolean;
  onConfirmOffice: (confirmed: boolean) => void;
}

/**
 * The report's title block against the workspace: another fiscal year is
 * said, with a switch to it; another office must be confirmed before saving.
 */
export function ReportChecks(props: ReportChecksProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { found, fiscalYear } = props;
  const year = format.text(String(fiscalYear));
  return (
    <>
      {found && found !== fiscalYear ? (
        <div className="paste-note">
          <p>
            {t('paste.yearDiffers', {
              found: format.text(String(found)),
              year,
            })}
          </p>
          <Button onClick={() => void setSetting('fiscalYear', found)}>
            {t('paste.switchYear', { found: format.text(String(found)) })}
          </Button>
        </div>
      ) : null}
      {props.otherOffice ? (
        <div className="paste-note paste-office" role="alert">
          <p>
            {t('paste.officeDiffers', {
              found: props.otherOffice,
              office: props.officeName,
            })}
          </p>
          <label className="choice">
            <input
              type="checkbox"
              checked={props.officeConfirmed}
              onChange={(e) => props.onConfirmOffice(e.target.checked)}
            />
            {t('paste.officeConfirm', { office: props.officeName })}
          </label>
        </div>
      ) : null}
    </>
  );
}
