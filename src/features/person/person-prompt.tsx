/**
 * The shell asks once, after the first change saved on this device, for the
 * name of the person at it (db/person.ts), which then goes with every
 * change into the journal. Beside the page, never over it: it takes no
 * focus and blocks nothing, and the person answers when they like, or
 * says "not now" and is not asked again (Settings has the field).
 */
import { lazy, Suspense } from 'react';

import { usePerson } from '@/db/person';

import type { PersonPromptProps } from './person-prompt-form';

// Asked once in a device's life: the form (and the form library with its
// schemas) loads when it is, not with every first screen.
const PersonPromptForm = lazy(() =>
  import('./person-prompt-form').then((m) => ({ default: m.PersonPromptForm })),
);

export function PersonPrompt({ onDone }: PersonPromptProps) {
  const person = usePerson();
  if (!person?.ask) return null;
  // Nothing in its place meanwhile: it sits beside the page, blocking nothing.
  return (
    <Suspense fallback={null}>
      <PersonPromptForm onDone={onDone} />
    </Suspense>
  );
}
