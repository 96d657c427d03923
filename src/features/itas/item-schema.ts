/**
 * The OIT item form's schema: a number not used by another item of the
 * year, a title, and links that ITAS can open. Messages are i18n keys of
 * the itas namespace, translated when shown.
 */
import { z } from 'zod';

import type { OitItemInput } from '@/db/oit-items';
import { linkProblem, numberKey } from '@/domain/oit/checks';
import {
  OIT_DOCUMENTS,
  type OitDocumentKind,
  type OitItem,
} from '@/domain/types';
import { messageWith } from '@/i18n/translate-error';

/** The message for a link that ITAS could not open; none when it can. */
function linkMessage(url: string, mayBeEmpty: boolean): string | undefined {
  const problem = linkProblem(url);
  if (problem === null || (problem === 'empty' && mayBeEmpty)) return undefined;
  return problem === 'not-http'
    ? 'itas:errors.notHttp'
    : 'itas:errors.malformed';
}

const link = (mayBeEmpty: boolean) =>
  z
    .string()
    .trim()
    .superRefine((url, ctx) => {
      const message = linkMessage(url, mayBeEmpty);
      if (message) ctx.addIssue({ code: 'custom', message });
    });

export interface ItemFormValues {
  number: string;
  title: string;
  asks: string;
  documents: Record<OitDocumentKind, { on: boolean; url: string }>;
  links: { url: string }[];
  allMeasures: boolean;
  measureIds: string[];
  withUpdates: boolean;
}

/** The schema, knowing the numbers the year's other items use. */
export function itemSchema(takenNumbers: readonly string[]) {
  const taken = new Set(takenNumbers.map(numberKey));
  const document = z.object({ on: z.boolean(), url: link(true) });
  return z
    .object({
      number: z
        .string()
        .trim()
        .min(1, 'itas:errors.numberRequired')
        .superRefine((number, ctx) => {
          if (taken.has(numberKey(number)))
            ctx.addIssue({
              code: 'custom',
              message: messageWith('itas:errors.duplicateNumber', { number }),
            });
        }),
      title: z.string().trim().min(1, 'itas:errors.titleRequired'),
      asks: z.string().trim(),
      documents: z.object({
        announcement: document,
        'six-month-report': document,
        'annual-report': document,
      }),
      links: z.array(z.object({ url: link(false) })),
      allMeasures: z.boolean(),
      measureIds: z.array(z.string()),
      withUpdates: z.boolean(),
    })
    .transform((v): OitItemInput => ({
      number: v.number,
      title: v.title,
      asks: v.asks,
      documents: OIT_DOCUMENTS.filter((k) => v.documents[k].on).map((kind) => ({
        kind,
        url: v.documents[kind].url,
      })),
      links: v.links.map((l) => l.url),
      allMeasures: v.allMeasures,
      measureIds: v.allMeasures ? [] : v.measureIds,
      withUpdates: v.withUpdates,
    }));
}

/** The form's values for an item, or for a new one. */
export function itemFormValues(item?: OitItem): ItemFormValues {
  const documents = Object.fromEntries(
    OIT_DOCUMENTS.map((kind) => {
      const d = item?.documents.find((x) => x.kind === kind);
      return [kind, { on: Boolean(d), url: d?.url ?? '' }];
    }),
  ) as ItemFormValues['documents'];
  return {
    number: item?.number ?? '',
    title: item?.title ?? '',
    asks: item?.asks ?? '',
    documents,
    links: (item?.links ?? []).map((url) => ({ url })),
    allMeasures: item?.allMeasures ?? true,
    measureIds: item?.measureIds ?? [],
    withUpdates: item?.withUpdates ?? false,
  };
}
