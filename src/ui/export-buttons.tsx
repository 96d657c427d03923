import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import {
  csvBlob,
  downloadBlob,
  xlsxBlob,
  type TextTable,
} from './table-export';

interface ExportButtonsProps {
  /** The table, or how to make it when a button is pressed (a long list). */
  table: TextTable | (() => TextTable);
  /** What the table is, for the buttons' names and the sheet: "สถานะมาตรการ". */
  name: string;
  /** Without extension. */
  fileName: string;
}

/** Saves one table as CSV or XLSX (the report's exporter); says when it fails. */
export function ExportButtons({ table, name, fileName }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const made = () => (typeof table === 'function' ? table() : table);
  const save = async (make: () => Promise<Blob>, extension: string) => {
    setFailed(false);
    try {
      downloadBlob(await make(), `${fileName}.${extension}`);
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };
  // An Excel sheet name is at most 31 characters and has no []:*?/\ in it.
  const sheet = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  return (
    <div className="export-buttons">
      <Button
        variant="ghost"
        aria-label={t('tableExport.csvOf', { table: name })}
        onClick={() => void save(async () => csvBlob(made()), 'csv')}
      >
        {t('tableExport.csv')}
      </Button>
      <Button
        variant="ghost"
        aria-label={t('tableExport.xlsxOf', { table: name })}
        onClick={() => void save(() => xlsxBlob(made(), sheet), 'xlsx')}
      >
        {t('tableExport.xlsx')}
      </Button>
      {failed ? (
        <p role="alert" className="field-error">
          {t('tableExport.failed')}
        </p>
      ) : null}
    </div>
  );
}
