import { z } from 'zod';

import { isHttpUrl } from '@/domain/links';
import { findDuplicateUnits } from '@/domain/office-defaults';
import { OFFICE_KINDS, type OfficeFields } from '@/domain/types';

const text = z.string().trim();
const required = text.min(1, 'errors.required');

const signatory = z.object({ name: text, position: text });

export const officeFormSchema = z
  .object({
    name: required,
    kind: z.enum(OFFICE_KINDS, { message: 'errors.required' }),
    district: required,
    province: required,
    website: text.refine((v) => v === '' || isHttpUrl(v), 'errors.notHttpUrl'),
    units: z
      .array(z.object({ id: z.string(), name: required }))
      .min(1, 'errors.unitsRequired'),
    preparedBy: signatory,
    endorsedBy: signatory,
    approvedBy: signatory,
  })
  .superRefine((office, ctx) => {
    for (const index of findDuplicateUnits(office.units.map((u) => u.name))) {
      ctx.addIssue({
        code: 'custom',
        path: ['units', index, 'name'],
        message: 'errors.duplicateUnit',
      });
    }
  });

export type OfficeFormInput = z.input<typeof officeFormSchema>;
export type OfficeFormValues = z.output<typeof officeFormSchema>;

export function toOfficeFields(values: OfficeFormValues): OfficeFields {
  return values;
}
