import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { useMeasures, useUpdates } from '@/db/live';
import { lateReason, measureStatus } from '@/domain/measure-status';
import type { Measure, Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { Page } from '@/ui/page';
import { SafeLink } from '@/ui/safe-link';
import { StatusBadge } from '@/ui/status-badge';
import { useToday } from '@/ui/use-today';

import { measureUnitNames } from './measure-units';
import { MethodsList } from './methods-list';
import { deleteWithUndo } from './undo-delete';

interface MeasureDetailsProps {
  office: Office;
  measure: Measure;
  /** The measure's progress updates, composed in by the app. */
  children: ReactNode;
}

/** One measure: its details, status and actions; its updates follow. */
export function MeasureDetails({
  office,
  measure,
  children,
}: MeasureDetailsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const today = useToday();
  const updates = useUpdates(measure.id) ?? [];
  const siblings = useMeasures(measure.officeId, measure.fiscalYear) ?? [];
  const [confirming, setConfirming] = useState(false);
  const number = siblings.findIndex((m) => m.id === measure.id) + 1;
  const units = measureUnitNames(measure, office);
  const status = measureStatus(measure, updates, today);
  // Late by its period while its latest update may say "in progress": say why.
  const late = lateReason(measure, updates, today);

  const title =
    number > 0 ? `${format.number(number)}. ${measure.title}` : measure.title;
  return (
    <Page
      title={title}
      documentTitle={measure.title}
      actions={
        <>
          <Link
            href={`/measures/${measure.id}/edit`}
            className="btn btn-secondary"
          >
            {t('common.edit')}
          </Link>
          <Link
            href={`/measures/${measure.id}/history`}
            className="btn btn-secondary"
          >
            {t('history.measureLink')}
          </Link>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </Button>
        </>
      }
    >
      <dl className="details">
        <Detail label={t('measures.status')}>
          <StatusBadge status={status} />
          {late?.kind === 'period-ended' ? (
            <span className="status-reason">
              {t('measure.lateBecause', { date: format.date(late.periodEnd) })}
            </span>
          ) : null}
        </Detail>
        <Detail label={t('measure.period')}>
          {format.period(measure.period, measure.fiscalYear)}
        </Detail>
        <Detail label={t('measure.units')}>
          {units === null
            ? t('measure.allUnits')
            : units.join(', ') || t('common.none')}
        </Detail>
        <Detail label={t('measure.methods')}>
          <MethodsList measure={measure} />
        </Detail>
        <Detail label={t('measure.expectedOutcome')}>
          {measure.expectedOutcome || t('common.none')}
        </Detail>
        <Detail label={t('measure.weakness')}>
          {measure.weakness || t('common.none')}
        </Detail>
        <Detail label={t('links.legend')}>
          {measure.evidence.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="links">
              {measure.evidence.map((href, i) => (
                <li key={i}>
                  <SafeLink href={href} />
                </li>
              ))}
            </ul>
          )}
        </Detail>
      </dl>
      {children}
      <ConfirmDialog
        open={confirming}
        title={t('measure.deleteTitle')}
        message={t('measure.deleteMessage', {
          title: measure.title,
          count: updates.length,
        })}
        confirmLabel={t('common.delete')}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          await deleteWithUndo(t, measure.id, measure.title);
          navigate('/measures');
        }}
      />
    </Page>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
