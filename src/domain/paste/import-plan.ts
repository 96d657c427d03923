/**
 * What saving a pasted report writes: the measures, their results as one
 * progress update each, and the units to add to the office. Pure, so the
 * preview and the database command agree on it.
 */
import { roundRange } from '../round';
import type {
  IsoDate,
  MeasureFields,
  Period,
  ProgressUpdateFields,
  Round,
  Unit,
} from '../types';
import { matchUnits, unitKey } from './match-units';
import type { ParsedMeasure } from './types';

/** A parsed measure whose period is known: only these can be saved. */
export type ReadyMeasure = ParsedMeasure & { period: Period };

export interface ImportChoices {
  round: Round;
  /** What the imported results say about the work: done, or still going on. */
  status: 'completed' | 'in-progress';
  today: IsoDate;
  /** Unknown unit names (by unitKey) to add to the office; the others are dropped. */
  addUnits: ReadonlySet<string>;
}

export interface PlannedMeasure {
  fields: Omit<MeasureFields, 'officeId' | 'fiscalYear' | 'order'>;
  /** Units the office does not have yet; the command gives them ids. */
  newUnitNames: string[];
  update: Omit<ProgressUpdateFields, 'measureId' | 'officeId'> | null;
}

export interface ImportPlan {
  newUnitNames: string[];
  measures: PlannedMeasure[];
}

/**
 * The date of the imported results: today if it lies in the round, else the
 * round's last day, so the update always counts for the round it reports.
 */
export function importDate(
  fiscalYear: number,
  round: Round,
  today: IsoDate,
): IsoDate {
  const { start, end } = roundRange(fiscalYear, round);
  return start <= today && today <= end ? today : end;
}

/**
 * Whether the row reports a result. Links alone are not one: the report
 * prints a measure's own evidence in the results column too, also under
 * "no update in this round", so they go back to the measure.
 */
function hasResults(measure: ParsedMeasure): boolean {
  return [
    measure.result,
    measure.suggestions,
    measure.outcome,
    measure.problems,
  ].some((text) => text !== '');
}

/** planImport(measures, units, 2568, choices).measures.length === measures.length */
export function planImport(
  measures: readonly ReadyMeasure[],
  units: readonly Unit[],
  fiscalYear: number,
  choices: ImportChoices,
): ImportPlan {
  const newUnitNames = new Map<string, string>();
  const planned = measures.map((measure): PlannedMeasure => {
    const matches = measure.allUnits
      ? []
      : matchUnits(measure.unitNames, units);
    const unknown = matches
      .filter((m) => m.unitId === null && choices.addUnits.has(unitKey(m.name)))
      .map((m) => m.name);
    for (const name of unknown) {
      // The first spelling met names the new unit.
      if (!newUnitNames.has(unitKey(name)))
        newUnitNames.set(unitKey(name), name);
    }
    const completed = choices.status === 'completed';
    const reported = hasResults(measure);
    return {
      fields: {
        title: measure.title,
        methods: measure.methods,
        ...(measure.methodsStyle ? { methodsStyle: measure.methodsStyle } : {}),
        period: measure.period,
        allUnits: measure.allUnits,
        unitIds: matches.flatMap((m) => m.unitId ?? []),
        expectedOutcome: '',
        weakness: '',
        evidence: reported ? [] : measure.evidence,
      },
      newUnitNames: unknown,
      update: reported
        ? {
            date: importDate(fiscalYear, choices.round, choices.today),
            round: choices.round,
            status: choices.status,
            percent: completed ? 100 : 0,
            result: measure.result,
            suggestions: measure.suggestions,
            outcome: measure.outcome,
            problems: measure.problems,
            evidence: measure.evidence,
            reporter: '',
          }
        : null,
    };
  });
  return { newUnitNames: [...newUnitNames.values()], measures: planned };
}
