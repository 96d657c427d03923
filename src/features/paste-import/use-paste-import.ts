import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMeasures } from '@/db/live';
import {
  withColumnMapping,
  type ColumnMapping,
} from '@/domain/paste/column-mapping';
import {
  existingTitles,
  isExisting,
  sameOffice,
} from '@/domain/paste/duplicates';
import type { PasteColumn } from '@/domain/paste/headings';
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
import type { PeriodReading } from '@/domain/paste/read-period';
import {
  acceptAllRows,
  cleanupCounts,
  editedMeasure,
  editedPeriod,
  initialEdit,
  toggleRowWrap,
  type CleanableCell,
  type RowEdit,
} from '@/domain/paste/row-edit';
import type { TextRow } from '@/domain/paste/split-rows';
import type { ParsedMeasure, ParseResult } from '@/domain/paste/types';
import type { Office, Period, Round } from '@/domain/types';
import { useProgressiveCount } from '@/ui/use-progressive-count';
import { useToday } from '@/ui/use-today';

import { parseOptions } from './parse-options';

export type { RowEdit } from '@/domain/paste/row-edit';

/** Rows whose wrap spaces are proposed at once, then per idle slice. */
const COUNTED_AT_ONCE = 12;
const COUNTED_PER_SLICE = 6;

/** A parsed measure as it stands after the person's edits. */
export interface PreviewRow {
  index: number;
  parsed: ParsedMeasure;
  edit: RowEdit;
  /** The measure as it would be imported. */
  measure: ParsedMeasure;
  include: boolean;
  /** A measure of the same title is already in the year. */
  existing: boolean;
  period: Period | null;
  /** Why the edited period could not be read; null when it was, or is empty. */
  periodProblem: Exclude<PeriodReading, { period: Period }>['problem'] | null;
  units: UnitMatch[];
}

export type UnitChoice = 'add' | 'drop';
export type ImportStatus = 'completed' | 'in-progress';

type ReportSource = string | readonly TextRow[];

/** Reading a pasted report and the choices made on its preview. */
export function usePasteImport(office: Office, fiscalYear: number) {
  const { i18n } = useTranslation();
  const today = useToday();
  const inYear = useMeasures(office.id, fiscalYear);
  const existing = useMemo(() => existingTitles(inYear ?? []), [inYear]);
  const [source, setSource] = useState<ReportSource | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [result, setResult] = useState<ParseResult | null>(null);
  const [edits, setEdits] = useState<RowEdit[]>([]);
  // Only what the person ticked or unticked: by default a row is imported
  // unless the year already has it, whichever year is chosen meanwhile.
  const [includeChoices, setIncludeChoices] = useState<Record<number, boolean>>(
    {},
  );
  const [unitChoices, setUnitChoices] = useState<Record<string, UnitChoice>>(
    {},
  );
  const [officeConfirmed, setOfficeConfirmed] = useState(false);
  const [round, setRound] = useState<Round>('annual');
  const [status, setStatus] = useState<ImportStatus>('completed');

  /** Pasted text, or the rows a file or a pasted HTML table gave. */
  const parse = (source: ReportSource, columns: ColumnMapping) => {
    const options = withColumnMapping(parseOptions(i18n), columns);
    const parsed =
      typeof source === 'string'
        ? parseReportText(source, options)
        : parseReportRows(source, options);
    setResult(parsed);
    setEdits(parsed.measures.map(initialEdit));
    setIncludeChoices({});
    setUnitChoices({});
    setOfficeConfirmed(false);
    setRound(parsed.round ?? 'annual');
    setStatus(parsed.round === 'six-month' ? 'in-progress' : 'completed');
  };

  const allUnitsWords = useMemo(
    () => parseOptions(i18n).allUnitsWords ?? [],
    [i18n],
  );
  const rows = useMemo<PreviewRow[]>(() => {
    if (!result) return [];
    // A period without years takes them from the report, else from the year imported into.
    const year = result.fiscalYear ?? fiscalYear;
    return result.measures.flatMap((parsed, index) => {
      const edit = edits[index];
      if (!edit) return [];
      const reading = editedPeriod(edit, year);
      const period = reading && 'period' in reading ? reading.period : null;
      const measure = editedMeasure(parsed, edit, period, allUnitsWords);
      const existed = isExisting(measure.title, existing);
      return [
        {
          index,
          parsed,
          edit,
          measure,
          existing: existed,
          include: includeChoices[index] ?? !existed,
          period,
          periodProblem:
            reading && 'problem' in reading ? reading.problem : null,
          units: measure.allUnits
            ? []
            : matchUnits(measure.unitNames, office.units),
        },
      ];
    });
  }, [
    result,
    edits,
    includeChoices,
    existing,
    allUnitsWords,
    office.units,
    fiscalYear,
  ]);

  // Proposing a report's wrap spaces is word work on every cell (some
  // 170 ms for 66 measures at once): done a few rows per idle slice, each
  // cell's proposals kept (cell-cleanup.ts), and the counts shown once
  // every row is counted. What "accept all" changes is every row's state.
  const counted = useProgressiveCount(
    edits.length,
    result,
    COUNTED_AT_ONCE,
    COUNTED_PER_SLICE,
  );
  const cleanup = useMemo(
    () =>
      counted < edits.length
        ? (cleanupCounts(edits.slice(0, counted)), null)
        : cleanupCounts(edits),
    [edits, counted],
  );

  const included = rows.filter((row) => row.include);
  const unknownUnits = [
    ...new Map(
      included
        .flatMap((row) => row.units)
        .filter((unit) => unit.unitId === null)
        .map((unit) => [unitKey(unit.name), unit.name]),
    ),
  ].map(([key, name]) => ({ key, name, choice: unitChoices[key] ?? 'add' }));
  const incomplete = included.filter(
    (row) => row.period === null || row.measure.title === '',
  );
  const unmapped = (result?.unknownColumns ?? []).filter(
    (column) => mapping[column.key] === undefined,
  );
  const otherOffice =
    result?.officeName && !sameOffice(office.name, result.officeName)
      ? result.officeName
      : null;

  const plan = (): ImportPlan => {
    const ready = included.flatMap((row) =>
      row.period ? [{ ...row.measure, period: row.period }] : [],
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

  const editRow = (index: number, change: Partial<RowEdit>) =>
    setEdits((all) =>
      all.map((edit, i) => (i === index ? { ...edit, ...change } : edit)),
    );

  return {
    result,
    read: (read: ReportSource) => {
      setSource(read);
      parse(read, mapping);
    },
    rows,
    editRow,
    include: (index: number, include: boolean) =>
      setIncludeChoices((all) => ({ ...all, [index]: include })),
    toggleWrap: (index: number, cell: CleanableCell, at: number) =>
      setEdits((all) => toggleRowWrap(all, index, cell, at)),
    acceptAllWraps: () => setEdits(acceptAllRows),
    cleanup,
    mapping,
    /** Says what an unknown column is; the text is read again with it. */
    mapColumn: (key: string, column: PasteColumn | 'ignore') => {
      const next = { ...mapping, [key]: column };
      setMapping(next);
      if (source !== null) parse(source, next);
    },
    unmapped,
    otherOffice,
    officeConfirmed,
    setOfficeConfirmed,
    unknownUnits,
    chooseUnit: (key: string, choice: UnitChoice) =>
      setUnitChoices((all) => ({ ...all, [key]: choice })),
    round,
    setRound,
    status,
    setStatus,
    includedCount: included.length,
    existingCount: rows.filter((row) => row.existing).length,
    incomplete,
    plan,
  };
}
