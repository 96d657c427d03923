import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import type { RecordVersion } from '@/db/history';
import type { RecordAt } from '@/db/records';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

import type { ValueContext } from './field-value';
import { useRestore } from './use-restore';
import { VersionItem } from './version-item';
import { versionViews } from './version-views';

import './history.css';

interface HistoryViewProps<K extends RecordKind> {
  kind: K;
  at: RecordAt;
  /** Every version, newest first (useRecordHistory), at least one. */
  versions: RecordVersion<K>[];
  context: ValueContext;
  /** The record's name, for messages. */
  name: string;
  /** Why nothing can be restored here (an update of a deleted measure). */
  blocked?: ReactNode;
  /** The label of the button that brings a deleted record back. */
  restoreLabel: string;
}

/**
 * A record's history: when deleted, a way to bring it back; then every
 * version this device stored, newest first, with what changed.
 */
export function HistoryView<K extends RecordKind>({
  kind,
  at,
  versions,
  context,
  name,
  blocked,
  restoreLabel,
}: HistoryViewProps<K>) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const restore = useRestore(() => heading.current?.focus());
  const views = versionViews(kind, versions);
  const current = versions.find((v) => v.state === 'current');
  const deleted = !!current?.deleted;
  const byRev = new Map(versions.map((v) => [v.rev, v.record]));
  const use = (version: RecordVersion<K>) => () =>
    void restore({
      kind,
      at,
      rev: version.rev,
      versionAt: version.at,
      name,
      deleted,
    });

  return (
    <div className="history">
      {deleted && current ? (
        <div className="history-deleted" role="note">
          <p>
            {t('history.deletedNotice', {
              time: format.timestamp(current.at),
            })}
          </p>
          {blocked ?? (
            <Button variant="primary" onClick={use(current)}>
              {restoreLabel}
            </Button>
          )}
        </div>
      ) : null}
      {!deleted && blocked ? (
        <div className="history-deleted">{blocked}</div>
      ) : null}
      <h2 ref={heading} tabIndex={-1}>
        {t('history.versions', { count: versions.length })}
      </h2>
      <ol className="history-versions">
        {views.map((view) => (
          <li key={view.version.rev}>
            <VersionItem
              view={view}
              previous={
                view.version.replaced
                  ? (byRev.get(view.version.replaced) as
                      RecordOf[K] | undefined)
                  : undefined
              }
              context={context}
              recordId={at.id}
              {...(blocked ? {} : { onUse: use(view.version) })}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
