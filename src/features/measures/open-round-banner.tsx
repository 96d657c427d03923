import { useTranslation } from 'react-i18next';

import { useDeadlines } from '@/db/deadlines';
import { dueDatesOf, openRound } from '@/domain/deadlines';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { useToday } from '@/ui/use-today';

import { missingInRound, type MeasureRow } from './measure-filters';

/**
 * While a round of the year is open (begun, its report not yet due), the
 * measures still without an update that counts for it, with a way to list
 * only them. Cancelled measures owe nothing, as in the round completeness.
 */
export function OpenRoundBanner({
  fiscalYear,
  rows,
  onShow,
}: {
  fiscalYear: number;
  rows: readonly MeasureRow[];
  onShow: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday();
  const deadlines = useDeadlines([fiscalYear]);
  const open = deadlines && openRound(dueDatesOf(fiscalYear, deadlines), today);
  if (!open) return null;
  const missing = missingInRound(rows, open.round);
  if (missing.length === 0) return null;
  return (
    <div className="open-round-banner" role="status">
      <p>
        {t('deadlines.openRound', {
          round: t(`round.${open.round}`),
          year: fiscalYear,
          due: open.due,
          count: missing.length,
          n: format.number(missing.length),
        })}
      </p>
      <Button onClick={() => onShow(missing)}>
        {t('deadlines.showMissing')}
      </Button>
    </div>
  );
}
