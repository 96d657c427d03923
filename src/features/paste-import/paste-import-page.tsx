import './paste-import.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { importParsedMeasures } from '@/db/import-measures';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';
import { Page } from '@/ui/page';
import { useSaveError } from '@/ui/use-save-error';

import { CleanupBar } from './cleanup-bar';
import { ColumnMappingStep } from './column-mapping-step';
import { ImportChoices } from './import-choices';
import { IssuesList } from './issues-list';
import { PreviewTable } from './preview-table';
import { ReportChecks } from './report-checks';
import { ReportFileInput } from './report-file-input';
import { UnknownUnits } from './unknown-units';
import { usePasteImport } from './use-paste-import';
import { useReportFile } from './use-report-file';

interface PasteImportPageProps {
  office: Office;
  fiscalYear: number;
}

/**
 * Start a year from an existing report: open it as a file or paste its
 * table, check what was read, save. Pasted HTML is read by its cells and
 * never rendered; everything is shown as text.
 */
export function PasteImportPage({ office, fiscalYear }: PasteImportPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const paste = usePasteImport(office, fiscalYear);
  const file = useReportFile(paste.read);
  const { saveError, runSave } = useSaveError();
  const year = format.text(String(fiscalYear));
  const blocked =
    paste.includedCount === 0 ||
    paste.incomplete.length > 0 ||
    paste.unmapped.length > 0 ||
    (paste.otherOffice !== null && !paste.officeConfirmed);
  const save = () =>
    runSave(async () => {
      await importParsedMeasures(office.id, fiscalYear, paste.plan());
      navigate('/measures');
    });

  return (
    <Page
      title={t('paste.title')}
      documentTitle={t('paste.documentTitle', { year, office: office.name })}
    >
      <p className="lead">{t('paste.intro')}</p>
      <p>{t('paste.target', { office: office.name, year })}</p>
      <ReportFileInput
        onFile={file.open}
        reading={file.reading}
        error={file.error}
      />
      <div className="form">
        <Field label={t('paste.textLabel')} hint={t('paste.textHint')}>
          {(control) => (
            <textarea
              {...control}
              rows={10}
              value={text}
              spellCheck={false}
              onChange={(e) => setText(e.target.value)}
              onPaste={(e) => {
                // Word, Excel, LibreOffice and Google Docs put the table on
                // the clipboard as HTML too: its cells, with their paragraphs.
                const html = e.clipboardData.getData('text/html');
                if (!/<table[\s>]/i.test(html)) return;
                e.preventDefault();
                setText(e.clipboardData.getData('text/plain'));
                file.pasteHtml(html);
              }}
            />
          )}
        </Field>
        <div className="form-actions">
          <Button variant="primary" onClick={() => paste.read(text)}>
            {t('paste.read')}
          </Button>
        </div>
      </div>
      {paste.result ? (
        <>
          <p role="status" className="paste-found">
            {t('paste.found', {
              count: paste.rows.length,
              n: format.number(paste.rows.length),
            })}
          </p>
          {paste.existingCount > 0 ? (
            <p className="paste-note">
              {t('paste.existing', {
                count: paste.existingCount,
                n: format.number(paste.existingCount),
                year,
              })}
            </p>
          ) : null}
          <ReportChecks
            found={paste.result.fiscalYear}
            fiscalYear={fiscalYear}
            otherOffice={paste.otherOffice}
            officeName={office.name}
            officeConfirmed={paste.officeConfirmed}
            onConfirmOffice={paste.setOfficeConfirmed}
          />
          <ColumnMappingStep
            columns={paste.result.unknownColumns}
            mapping={paste.mapping}
            headerColumns={paste.result.headerColumns}
            onMap={paste.mapColumn}
          />
          <IssuesList
            issues={paste.result.issues}
            measures={paste.result.measures}
          />
          {paste.rows.length > 0 ? (
            <div className="form paste-choices">
              <UnknownUnits
                units={paste.unknownUnits}
                onChoose={paste.chooseUnit}
              />
              <ImportChoices
                round={paste.round}
                onRound={paste.setRound}
                status={paste.status}
                onStatus={paste.setStatus}
              />
              {paste.cleanup ? (
                <CleanupBar
                  pending={paste.cleanup.pending}
                  accepted={paste.cleanup.accepted}
                  onAcceptAll={paste.acceptAllWraps}
                />
              ) : null}
              <PreviewTable
                rows={paste.rows}
                reading={paste.result}
                fiscalYear={fiscalYear}
                onEdit={paste.editRow}
                onInclude={paste.include}
                onToggleWrap={paste.toggleWrap}
              />
              {paste.incomplete.length > 0 ? (
                <p className="field-error">
                  {t('paste.fixFirst', {
                    count: paste.incomplete.length,
                    n: format.number(paste.incomplete.length),
                  })}
                </p>
              ) : null}
              {paste.unmapped.length > 0 ? (
                <p className="field-error">
                  {t('paste.mapping.first', {
                    count: paste.unmapped.length,
                    n: format.number(paste.unmapped.length),
                  })}
                </p>
              ) : null}
              {saveError}
              <div className="form-actions">
                <Button
                  variant="primary"
                  disabled={blocked}
                  onClick={() => void save()}
                >
                  {t('paste.save', {
                    count: paste.includedCount,
                    n: format.number(paste.includedCount),
                  })}
                </Button>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
