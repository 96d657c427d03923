import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { deviceName } from '@/bundle/device-name';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import type { RecordVersion } from '@/db/history';
import { oldestKeptYear } from '@/db/write/history-bodies';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { useToday } from '@/ui/use-today';

import { ChangesTable } from './changes-table';
import type { ValueContext } from './field-value';
import type { VersionView } from './version-views';

function SourceText({ version }: { version: RecordVersion }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { source } = version;
  if (!source) return t('history.source.unknown');
  if (source.from === 'device') return t('history.source.device');
  if (source.from === 'server')
    return t('history.source.server', { database: source.database });
  const name = deviceName(source.device);
  return t('history.source.file', {
    file: source.file,
    device: 'text' in name ? name.text : t('conflicts.deviceOn', name),
    exportedAt: format.timestamp(source.exportedAt),
  });
}

const styleOf = (record: RecordOf[RecordKind] | undefined) =>
  record && 'methodsStyle' in record ? record.methodsStyle : undefined;

function Shows<K extends RecordKind>({
  view,
  previous,
  context,
}: {
  view: VersionView<K>;
  previous: RecordOf[K] | undefined;
  context: ValueContext;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const { shows } = view;
  if (shows.kind === 'dropped') {
    const from = oldestKeptYear(today);
    return (
      <p className="history-note">
        {t('history.dropped', { from, to: fiscalYearOf(today) })}
      </p>
    );
  }
  if (shows.kind === 'deleted')
    return <p className="history-note">{t('history.deletedNote')}</p>;
  if (shows.changes.length === 0)
    return (
      <p className="history-note">
        {view.event === 'restored'
          ? t('history.restoredSame')
          : t('history.noChange')}
      </p>
    );
  const styles = {
    before: styleOf(previous),
    after: styleOf(view.version.record),
  };
  return (
    <>
      {shows.kind === 'content' && shows.previousDropped ? (
        <p className="history-note">{t('history.previousDropped')}</p>
      ) : null}
      <ChangesTable
        changes={shows.changes}
        mode={shows.kind}
        styles={styles}
        context={context}
      />
    </>
  );
}

interface VersionItemProps<K extends RecordKind> {
  view: VersionView<K>;
  /** The version it replaced, when listed. */
  previous: RecordOf[K] | undefined;
  context: ValueContext;
  recordId: string;
  /** "Use this version"; none when a restore is not possible here. */
  onUse?: () => void;
}

/** One version: when and what happened, why, from where, by whom, and what changed. */
export function VersionItem<K extends RecordKind>({
  view,
  previous,
  context,
  recordId,
  onUse,
}: VersionItemProps<K>) {
  const { t } = useTranslation();
  const format = useFormat();
  const { version } = view;
  const time = format.timestamp(version.at);
  const headingId = `version-${version.rev}`;
  return (
    <article className="history-version" aria-labelledby={headingId}>
      <header className="history-version-header">
        <h3 id={headingId}>
          {time} · {t(`history.event.${view.event}`)}
        </h3>
        {version.state === 'current' ? (
          <span className="badge">{t('history.state.current')}</span>
        ) : null}
        {version.state === 'conflict' ? (
          <Link
            className="badge badge-conflict"
            href={`/conflicts/${context.kind}/${recordId}`}
          >
            {t('history.state.conflict')} · {t('history.state.conflictLink')}
          </Link>
        ) : null}
      </header>
      <dl className="history-meta">
        <div>
          <dt>{t('history.cause.label')}</dt>
          <dd>
            {version.cause
              ? t(`history.cause.${version.cause}`)
              : t('history.cause.unknown')}
          </dd>
        </div>
        <div>
          <dt>{t('history.source.label')}</dt>
          <dd>
            <SourceText version={version} />
          </dd>
        </div>
        <div>
          <dt>{t('history.by.label')}</dt>
          <dd>{version.by ?? t('history.by.notSet')}</dd>
        </div>
      </dl>
      {/* A restore that changed nothing since the delete says so below. */}
      {view.sameAs &&
      !(
        view.event === 'restored' &&
        view.shows.kind === 'changes' &&
        view.shows.changes.length === 0
      ) ? (
        <p className="history-note">
          {t('history.sameAs', { time: format.timestamp(view.sameAs.at) })}
        </p>
      ) : null}
      <Shows view={view} previous={previous} context={context} />
      {view.restorable && onUse ? (
        <div className="row-buttons">
          <Button onClick={onUse} aria-label={t('history.useLabel', { time })}>
            {t('history.use')}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
