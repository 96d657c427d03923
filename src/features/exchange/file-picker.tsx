import { useId, useState, type DragEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface FilePickerProps {
  onFiles: (files: File[]) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A real file input (keyboard and screen readers use it) inside a drop zone
 * for those who drag files from a folder or an e-mail.
 */
export function FilePicker({ onFiles, inputRef }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    // Dropping is a pointer shortcut; the file input inside is the keyboard
    // and screen-reader path, so the zone itself needs no role.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={over ? 'dropzone dropzone-over' : 'dropzone'}
      data-testid="dropzone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id}>{t('exchange.import.choose')}</label>
      <input
        ref={inputRef}
        id={id}
        type="file"
        multiple
        accept=".json,.gz,.enc,application/json,application/gzip"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // the same file can be picked again
          if (files.length > 0) onFiles(files);
        }}
      />
      <p className="field-hint">{t('exchange.import.dropHint')}</p>
    </div>
  );
}
