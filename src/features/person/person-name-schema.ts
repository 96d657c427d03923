import { z } from 'zod';

const name = z.string().trim();

/** The shell's question: a name, or "not now" (its own button). */
export const askedNameSchema = z.object({
  name: name.min(1, 'person.required'),
});

/** Settings: a name, or none (an empty field removes it). */
export const nameSchema = z.object({ name });

/** Both forms keep the typing under one draft; only one shows at a time. */
export const PERSON_DRAFT = 'person-name';
