import { useTranslation } from 'react-i18next';

import { useRecordHistory } from '@/db/history';
import { useApprovals } from '@/db/live-round';
import { countsForRound } from '@/domain/round';
import type { Approval, ProgressUpdate } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

/** Each reopening an approval of this round went through, from its history. */
function Reopenings({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useRecordHistory('approvals', { id: approval.id });
  const seen = new Set<string>();
  const reopenings = (versions ?? []).flatMap((v) => {
    const reopened = v.record?.reopened;
    if (!reopened || seen.has(reopened.at)) return [];
    seen.add(reopened.at);
    return [reopened];
  });
  return reopenings.map((r) => (
    <li key={r.at}>
      {t('report.reopen.history', {
        round: format.round(approval.round, 'short'),
        date: format.timestamp(r.at),
        by: r.by || t('history.by.notSet'),
        reason: r.reason,
      })}
    </li>
  ));
}

/**
 * An update's history says when the approved round it counts for was
 * reopened to edit it, why and by whom (kept on the round's approval).
 */
export function RoundReopenings({
  update,
  fiscalYear,
}: {
  update: ProgressUpdate;
  fiscalYear: number;
}) {
  const approvals = useApprovals(update.officeId, fiscalYear);
  const ofRound = (approvals ?? []).filter(
    (a) =>
      a.measureIds.includes(update.measureId) &&
      countsForRound(update, a.fiscalYear, a.round),
  );
  if (ofRound.length === 0) return null;
  return (
    <ul className="history-reopenings">
      {ofRound.map((a) => (
        <Reopenings key={a.id} approval={a} />
      ))}
    </ul>
  );
}
