import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { planImport, type ImportPlan } from '@/domain/paste/import-plan';
import {
  matchUnits,
  unitKey,
  type UnitMatch,
} from '@/domain/paste/match-units';
import {
  parseReportRows,
  parseReportText,
} from '@/domain/paste/parse-report-text';
import { collapse } from '@/domain/paste/read-cells';
import { readPeriod } from '@/domain/paste/read-period';
import type { TextRow } from '@/domain/paste/split-rows';
import type { ParsedMeasure, ParseResult } from '@/domain/paste/types';
import type { Office, Period, Round } from '@/domain/types';
import { useToday } from '@/ui/use-today';

import { parseOptions } from './parse-options';

/** What the person may change in a parsed row before saving. */
export interface RowEdit {
  include: boolean;
  title: string;
  periodText: string;
}

/** A parsed measure as it stands after the person's edits. */
export interface PreviewRow {
  index: number;
  parsed: ParsedMeasure;
  edit: RowEdit;
  period: Period | null;
  units: UnitMatch[];
}

export type UnitChoice = 'add' | 'drop';
export type ImportStatus = 'completed' | 'in-progress';

/** Reading a pasted report and the choices made on its preview. */
export function usePasteImport(office: Office, fiscalYear: number) {
  const { i18n } = useTranslation();
  const today = useToday();
  const [result, setResult] = useState<ParseResult | null>(null);
  const [edits, setEdits] = useState<RowEdit[]>([]);
  const [unitChoices, setUnitChoices] = useState<Record<string, UnitChoice>>(
    {},
  );
  const [round, setRound] = useState<Round>('annual');
  const [status, setStatus] = useState<ImportStatus>('completed');

  /** Pasted text, or the rows a file or a pasted HTML table gave. */
  const read = (source: string | readonly TextRow[]) => {
    const options = parseOptions(i18n);
    const parsed =
      typeof source === 'string'
        ? parseReportText(source, options)
        : parseReportRows(source, options);
    setResult(parsed);
    setEdits(
      parsed.measures.map((m) => ({
        include: true,
        title: m.title,
        periodText: m.periodText,
      })),
    );
    setUnitChoices({});
    setRound(parsed.round ?? 'annual');
    setStatus(parsed.round === 'six-month' ? 'in-progress' : 'completed');
  };

  const rows = useMemo<PreviewRow[]>(() => {
    if (!result) return [];
    // A period without years takes them from the report, else from the year imported into.
    const year = result.fiscalYear ?? fiscalYear;
    return result.measures.map((parsed, index) => {
      const edit = edits[index] ?? {
        include: false,
        title: '',
        periodText: '',
      };
      const units = parsed.allUnits
        ? []
        : matchUnits(parsed.unitNames, office.units);
      return {
        index,
        parsed,
        edit,
        units,
        period: readPeriod(edit.periodText, year),
      };
    });
  }, [result, edits, office.units, fiscalYear]);

  const included = rows.filter((row) => row.edit.include);
  const unknownUnits = [
    ...new Map(
      included
        .flatMap((row) => row.units)
        .filter((unit) => unit.unitId === null)
        .map((unit) => [unitKey(unit.name), unit.name]),
    ),
  ].map(([key, name]) => ({ key, name, choice: unitChoices[key] ?? 'add' }));
  const incomplete = included.filter(
    (row) => row.period === null || collapse(row.edit.title) === '',
  );

  const plan = (): ImportPlan => {
    const ready = included.flatMap((row) =>
      row.period
        ? [
            {
              ...row.parsed,
              title: collapse(row.edit.title),
              period: row.period,
            },
          ]
        : [],
    );
    const addUnits = new Set(
      unknownUnits.filter((u) => u.choice === 'add').map((u) => u.key),
    );
    return planImport(ready, office.units, fiscalYear, {
      round,
      status,
      today,
      addUnits,
    });
  };

  return {
    result,
    read,
    rows,
    editRow: (index: number, change: Partial<RowEdit>) =>
      setEdits((all) =>
        all.map((edit, i) => (i === index ? { ...edit, ...change } : edit)),
      ),
    unknownUnits,
    chooseUnit: (key: string, choice: UnitChoice) =>
      setUnitChoices((all) => ({ ...all, [key]: choice })),
    round,
    setRound,
    status,
    setStatus,
    includedCount: included.length,
    incomplete,
    plan,
  };
}
