import { z } from 'zod';

import { isHttpUrl } from '@/domain/links';

/** A list of evidence links as a form holds them; each must be http(s). */
export const linksSchema = z.array(
  z.object({ url: z.string().trim().refine(isHttpUrl, 'errors.notHttpUrl') }),
);

export const toLinks = (rows: { url: string }[]) => rows.map((r) => r.url);
export const toLinkRows = (links: readonly string[]) =>
  links.map((url) => ({ url }));
