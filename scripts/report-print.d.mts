// Types of report-print.mjs for the TypeScript that imports it (the bench).
export interface PrintTable {
  title: readonly string[];
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

export function reportPrintHtml(table: PrintTable): string;

export const REPORT_PDF_OPTIONS: {
  format: 'A4';
  landscape: true;
  margin: { top: string; bottom: string; left: string; right: string };
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
};
