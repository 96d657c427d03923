import { useTranslation } from 'react-i18next';

import { MERGE_KINDS } from '@/bundle/merge';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

import { FilePicker } from './file-picker';
import { ImportPreview } from './import-preview';
import { ImportProgress } from './import-progress';
import { useImport } from './use-import';

interface ImportPanelProps {
  /** Called once the import is written, with the offices it touched. */
  onImported?: (officeIds: string[]) => void;
}

/** Pick or drop bundles → see what they bring → confirm → summary. */
export function ImportPanel({ onImported }: ImportPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, analyze, apply, reset } = useImport(onImported);
  const writable =
    state.step === 'preview' &&
    state.preview.offices.some(
      (o) => o.counts.added + o.counts.updated + o.counts.conflict > 0,
    );
  const files = state.step === 'preview' ? state.preview.files : [];
  // "Nothing new" is said only of files that were read: a refused file was
  // not looked into at all.
  const hint = writable
    ? 'confirmHint'
    : files.every((f) => f.error)
      ? 'noneReadable'
      : files.some((f) => f.error)
        ? 'readNothingNew'
        : 'nothingToWrite';

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('exchange.import.title')}</h2>
      <p>{t('exchange.import.intro')}</p>
      {state.step === 'idle' ||
      state.step === 'done' ||
      state.step === 'failed' ? (
        <FilePicker onFiles={analyze} />
      ) : null}
      {state.step === 'working' ? <ImportProgress progress={state} /> : null}
      {state.step === 'preview' ? (
        <>
          <ImportPreview preview={state.preview} />
          <p role="status">{t(`exchange.import.${hint}`)}</p>
          <div className="form-actions">
            {writable ? (
              <Button variant="primary" onClick={apply}>
                {t('exchange.import.confirm')}
              </Button>
            ) : null}
            <Button onClick={reset}>{t('common.cancel')}</Button>
          </div>
        </>
      ) : null}
      {state.step === 'done' ? (
        <div role="status" className="import-summary">
          <h3>{t('exchange.import.doneTitle')}</h3>
          <p>
            {MERGE_KINDS.map(
              (kind) =>
                `${t(`exchange.outcome.${kind}`)} ${format.number(state.entry.counts[kind])}`,
            ).join(' · ')}
            {state.entry.counts.invalid > 0
              ? ` · ${t('exchange.import.leftOut', { n: format.number(state.entry.counts.invalid) })}`
              : ''}
          </p>
          {state.entry.counts.conflict > 0 ? (
            <p>{t('exchange.import.conflictsHint')}</p>
          ) : null}
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <p className="save-error" role="alert">
          {t(state.error)} {t('exchange.import.nothingWritten')}
        </p>
      ) : null}
    </section>
  );
}
