/**
 * The sync's state in the shell, always in view once a server is set:
 * synced at…, pending changes, syncing (with progress on a long pull),
 * offline, or what failed and what to do. "Sync now" beside it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import type { SyncConfig } from '@/db/settings';
import { useFormat } from '@/i18n/use-format';
import { syncEngine } from '@/sync/engine';
import { syncFacts } from '@/sync/facts';

export function SyncIndicator({ config }: { config: SyncConfig }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useSyncExternalStore(
    syncEngine.subscribe,
    () => syncEngine.state,
  );
  useEffect(() => syncEngine.start(), [config]);
  const facts = useLiveQuery(() => syncFacts(config), [config, state.phase]);
  const pending = facts?.pending ?? 0;
  let text: string;
  if (state.phase === 'syncing')
    text = state.progress
      ? t('sync.status.pulling', {
          done: format.number(state.progress.done),
          total: format.number(state.progress.total),
        })
      : t('sync.status.syncing');
  else if (state.phase === 'error' && state.error)
    text = t(`sync.status.error.${state.error}`);
  else if (facts?.syncedAt)
    text = t('sync.status.syncedAt', { at: format.timestamp(facts.syncedAt) });
  else text = t('sync.status.never');
  return (
    <div className="sync-status" data-runs={state.runs}>
      <span
        role="status"
        className={state.phase === 'error' ? 'sync-error' : undefined}
      >
        {text}
        {pending > 0
          ? ' · ' +
            t('sync.status.pending', {
              count: pending,
              n: format.number(pending),
            })
          : null}
      </span>
      <button
        type="button"
        className="btn btn-ghost"
        disabled={state.phase === 'syncing'}
        onClick={() => void syncEngine.syncNow()}
      >
        {t('sync.now')}
      </button>
    </div>
  );
}
