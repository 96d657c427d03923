import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReportFileError } from '@/domain/paste/files/file-kind';

interface ReportFileInputProps {
  onFile: (file: File) => void;
  reading: boolean;
  error: ReportFileError | null;
}

const ACCEPT = '.docx,.xlsx,.pdf,.txt,.csv,.tsv';

/**
 * Opening a report file: a real file input (keyboard and screen readers use
 * it), and a file dropped anywhere on the page is taken too (pointer users
 * drag it from a folder or an e-mail), so the page needs no drop target role.
 */
export function ReportFileInput({
  onFile,
  reading,
  error,
}: ReportFileInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) =>
      event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault(); // otherwise the browser opens the file itself
      setOver(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('dragleave', onDragLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, [onFile]);

  return (
    <div className={over ? 'paste-file paste-file-over' : 'paste-file'}>
      <label htmlFor={id} className="field-label">
        {t('paste.file.label')}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('paste.file.hint')}
      </p>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        // Why the last file could not be read describes the input too.
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        disabled={reading}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be opened again
          if (file) onFile(file);
        }}
      />
      {reading ? (
        <p role="status">{t('paste.file.reading')}</p>
      ) : error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {t(`paste.file.errors.${error}`)}
        </p>
      ) : null}
    </div>
  );
}
