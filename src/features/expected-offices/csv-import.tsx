import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { addExpectedOffices } from '@/db/expected-offices';
import { csvOffices, type CsvNote } from '@/domain/expected/csv-offices';
import { csvText } from '@/domain/expected/csv-text';
import type { ExpectedOffice } from '@/domain/expected/expected-office';
import {
  planImport,
  type ImportedPlace,
  type PlanItem,
} from '@/domain/expected/import-plan';
import { showToast } from '@/ui/toast-store';

import { PlanReview } from './plan-review';

type Read =
  | { state: 'idle' }
  | { state: 'error'; message: string }
  /** `file`: a new file's plan starts with no answers. */
  | { state: 'plan'; plan: PlanItem[]; notes: string[]; file: number };

interface CsvImportProps {
  listed: readonly ExpectedOffice[];
  imported: readonly ImportedPlace[];
}

/** Reads a CSV of office names into a plan the person reviews before anything is added. */
export function CsvImport({ listed, imported }: CsvImportProps) {
  const { t } = useTranslation();
  const id = useId();
  const [read, setRead] = useState<Read>({ state: 'idle' });

  const noteText = (note: CsvNote): string => {
    switch (note.kind) {
      case 'ignored-columns':
        return t('expectedOffices.csv.note.ignored-columns', {
          columns: note.columns.join(', '),
        });
      case 'merged':
        return t(
          note.differ
            ? 'expectedOffices.csv.note.mergedDiffer'
            : 'expectedOffices.csv.note.merged',
          { name: note.name, rows: note.rows.join(', ') },
        );
      case 'no-name':
        return t('expectedOffices.csv.note.no-name', { row: note.row });
      case 'unknown-kind':
        return t('expectedOffices.csv.note.unknown-kind', {
          row: note.row,
          value: note.value,
        });
    }
  };

  const readFile = async (file: File) => {
    const text = csvText(new Uint8Array(await file.arrayBuffer()));
    if (!text.ok) {
      const message = t(`expectedOffices.csv.error.${text.error}`, {
        file: file.name,
      });
      setRead({ state: 'error', message });
      return;
    }
    const offices = csvOffices(text.text);
    if (!offices.ok) {
      const message = t(`expectedOffices.csv.error.${offices.error}`, {
        file: file.name,
        columns:
          offices.error === 'no-name-column' ? offices.columns.join(', ') : '',
      });
      setRead({ state: 'error', message });
      return;
    }
    const notes = [
      ...(text.encoding === 'windows-874'
        ? [t('expectedOffices.csv.read874')]
        : []),
      t('expectedOffices.csv.columns', {
        columns: Object.values(offices.columns).join(', '),
      }),
      ...offices.notes.map(noteText),
    ];
    setRead({
      state: 'plan',
      plan: planImport(offices.offices, listed, imported),
      notes,
      file: Date.now(),
    });
  };

  return (
    <section className="expected-csv" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('expectedOffices.csv.title')}</h2>
      <p id={`${id}-hint`} className="field-hint">
        {t('expectedOffices.csv.hint')}
      </p>
      <label htmlFor={id}>{t('expectedOffices.csv.choose')}</label>{' '}
      <input
        id={id}
        type="file"
        accept=".csv,.txt,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be picked again
          if (file) void readFile(file);
        }}
      />
      {read.state === 'error' ? (
        <p role="alert" className="field-error">
          {read.message}
        </p>
      ) : null}
      {read.state === 'plan' ? (
        <>
          <ul className="expected-notes">
            {read.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <PlanReview
            key={read.file}
            plan={read.plan}
            fromFile
            onCancel={() => setRead({ state: 'idle' })}
            onConfirm={(offices) => {
              void addExpectedOffices(offices, 'csv').then(() => {
                setRead({ state: 'idle' });
                showToast({
                  message: t('expectedOffices.csv.added', {
                    count: offices.length,
                    n: offices.length,
                  }),
                });
              });
            }}
          />
        </>
      ) : null}
    </section>
  );
}
