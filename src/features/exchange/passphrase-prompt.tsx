import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

import type { FileOutcome } from './analysis';
import type { Passphrases } from './analyze-files';

const LOCKED = new Set(['encrypted', 'wrongPassphrase']);

/** The files of a preview that need a passphrase (none given, or a wrong one). */
export const lockedFiles = (files: readonly FileOutcome[]) =>
  files.filter((f) => f.error && LOCKED.has(f.error.reason));

/**
 * Asks for the passphrase of each encrypted file, then reads the files
 * again. The passphrases live in this form only: never stored, forgotten
 * when the form goes.
 */
export function PassphrasePrompt({
  files,
  onDecrypt,
}: {
  files: readonly FileOutcome[];
  onDecrypt: (passphrases: Passphrases) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDecrypt(typed);
  };
  return (
    <form className="form passphrase-prompt" onSubmit={submit}>
      {files.map((file) => (
        <Field
          key={file.name}
          label={t('exchange.encrypt.passphraseFor', { file: file.name })}
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="off"
              value={typed[file.name] ?? ''}
              onChange={(e) =>
                setTyped({ ...typed, [file.name]: e.target.value })
              }
            />
          )}
        </Field>
      ))}
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {t('exchange.encrypt.decrypt')}
        </Button>
      </div>
    </form>
  );
}
