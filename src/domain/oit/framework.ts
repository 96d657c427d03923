/**
 * The default OIT items of the current framework, shipped as data
 * (framework-2568.json, which says where it comes from): the numbers change
 * from year to year, so no item number is written in code. An office starts
 * a year from these and edits, adds or renumbers them as its records.
 */
import type { OitDocumentKind, OitItemFields } from '../types';
import framework2568 from './framework-2568.json';

/** One framework as its data file holds it. */
export interface OitFramework {
  framework: string;
  /** The first fiscal year it applies to; it holds until a newer one. */
  fromFiscalYear: number;
  source: string;
  items: {
    number: string;
    title: string;
    asks: string;
    documents: string[];
    allMeasures: boolean;
    withUpdates: boolean;
  }[];
}

/** Every framework shipped, oldest first. */
export const FRAMEWORKS: readonly OitFramework[] = [framework2568];

/** The framework in force in a fiscal year; undefined before the first shipped. */
export function frameworkOf(
  fiscalYear: number,
  frameworks: readonly OitFramework[] = FRAMEWORKS,
): OitFramework | undefined {
  return frameworks
    .filter((f) => f.fromFiscalYear <= fiscalYear)
    .sort((a, b) => b.fromFiscalYear - a.fromFiscalYear)[0];
}

/** The framework's items as an office's records of that year would hold them. */
export function defaultItems(
  framework: OitFramework,
  officeId: string,
  fiscalYear: number,
): OitItemFields[] {
  return framework.items.map((item) => ({
    officeId,
    fiscalYear,
    number: item.number,
    title: item.title,
    asks: item.asks,
    documents: item.documents.map((kind) => ({
      kind: kind as OitDocumentKind,
      url: '',
    })),
    links: [],
    allMeasures: item.allMeasures,
    measureIds: [],
    withUpdates: item.withUpdates,
  }));
}
