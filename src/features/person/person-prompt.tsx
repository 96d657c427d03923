/**
 * The shell asks once, after the first change saved on this device, for the
 * name of the person at it (db/person.ts), which then goes with every
 * change into the journal. Beside the page, never over it: it takes no
 * focus and blocks nothing, and the person answers when they like, or
 * says "not now" and is not asked again (Settings has the field).
 */
import { useEffect, useState } from 'react';

import { usePerson } from '@/db/person';

import type * as FormModuleType from './person-prompt-form';
import type { PersonPromptProps } from './person-prompt-form';

type FormModule = typeof FormModuleType;

// Asked once in a device's life: the form (and the form library with its
// schemas) is not part of the first screen. It loads in the background on
// a device that has not been asked yet, so that when the first change is
// saved the question shows at once, not a moment later under the pointer.
let loaded: FormModule | undefined;
const loadForm = () =>
  import('./person-prompt-form').then((module) => (loaded = module));

export function PersonPrompt({ onDone }: PersonPromptProps) {
  const person = usePerson();
  const [form, setForm] = useState(loaded);
  const unasked = person?.unasked ?? false;
  useEffect(() => {
    if (!unasked || form) return;
    let live = true;
    loadForm().then(
      (module) => live && setForm(module),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [unasked, form]);
  if (!person?.ask || !form) return null;
  return <form.PersonPromptForm onDone={onDone} />;
}
