import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { noChoices, type TrustChoices } from '@/db/keys/trust-book';
import { Button } from '@/ui/button';

import { FilePicker } from './file-picker';
import { ImportPreview } from './import-preview';
import { ImportProgress } from './import-progress';
import { ImportSummary } from './import-summary';
import { lockedFiles, PassphrasePrompt } from './passphrase-prompt';
import { TrustReview } from './trust-review';
import { useImport } from './use-import';
import { useStepFocus } from './use-step-focus';

interface ImportPanelProps {
  /** Called once the import is written, with the offices it touched. */
  onImported?: (officeIds: string[]) => void;
}

/** Pick or drop bundles → see what they bring → confirm → summary. */
export function ImportPanel({ onImported }: ImportPanelProps) {
  const { t } = useTranslation();
  const { state, analyze, decrypt, apply, cancel, reset } =
    useImport(onImported);
  const stepRef = useStepFocus(state.step);
  const [choices, setChoices] = useState<TrustChoices>(noChoices);
  // The counts include what is held for a choice, as if it were made.
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
      {state.step === 'idle' && state.cancelled ? (
        <p role="status">{t('exchange.import.cancelled')}</p>
      ) : null}
      {state.step === 'idle' ||
      state.step === 'done' ||
      state.step === 'failed' ? (
        <FilePicker
          onFiles={(files) => {
            setChoices(noChoices());
            analyze(files);
          }}
          inputRef={state.step === 'idle' ? stepRef : undefined}
        />
      ) : null}
      {state.step === 'working' ? (
        <ImportProgress
          progress={state}
          cancelling={state.cancelling}
          onCancel={cancel}
          headingRef={stepRef}
        />
      ) : null}
      {state.step === 'preview' ? (
        <>
          {state.writeCancelled ? (
            <p role="status">{t('exchange.import.writeCancelled')}</p>
          ) : null}
          <ImportPreview
            preview={state.preview}
            headingRef={stepRef}
            trust={
              <TrustReview
                held={state.preview.held}
                firstUse={state.preview.firstUse}
                offices={state.preview.offices}
                choices={choices}
                onChange={setChoices}
              />
            }
          />
          {lockedFiles(files).length > 0 ? (
            <PassphrasePrompt files={lockedFiles(files)} onDecrypt={decrypt} />
          ) : null}
          <p role="status">{t(`exchange.import.${hint}`)}</p>
          <div className="form-actions">
            {writable ? (
              <Button variant="primary" onClick={() => apply(choices)}>
                {t('exchange.import.confirm')}
              </Button>
            ) : null}
            <Button onClick={reset}>{t('common.cancel')}</Button>
          </div>
        </>
      ) : null}
      {state.step === 'done' ? (
        <ImportSummary entry={state.entry} headingRef={stepRef} />
      ) : null}
      {state.step === 'failed' ? (
        <p className="save-error" role="alert" ref={stepRef} tabIndex={-1}>
          {t(state.error)} {t('exchange.import.nothingWritten')}
        </p>
      ) : null}
    </section>
  );
}
