import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

import { discardDraft, readDraft, scheduleDraft } from './drafts';

export interface FormDraft {
  /** When the restored draft was saved; null when the form started clean. */
  restoredAt: string | null;
  /** Throws the draft away and puts the form back as it was. */
  discard: () => Promise<void>;
  /** Forgets the draft after the form was saved. */
  clear: () => Promise<void>;
}

/**
 * Keeps a form's typing as a draft and brings it back on return. It listens
 * through `watch(callback)`, which does not re-render the form on each key.
 */
export function useFormDraft<T extends FieldValues, Out>(
  key: string,
  form: UseFormReturn<T, unknown, Out>,
  initial: T,
): FormDraft {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const initialRef = useRef(initial);

  useEffect(() => {
    let cancelled = false;
    void readDraft(key).then((draft) => {
      // Typing that began before the draft arrived wins over the old draft.
      if (cancelled || !draft || form.formState.isDirty) return;
      const values = { ...initialRef.current, ...(draft.values as Partial<T>) };
      form.reset(values, { keepDefaultValues: true });
      setRestoredAt(draft.savedAt);
    });
    const subscription = form.watch((values, { name }) => {
      // A reset reports no field name; only the person's edits are drafts.
      if (name !== undefined) scheduleDraft(key, values);
    });
    return () => {
      cancelled = true;
      subscription.unsubscribe();
    };
  }, [key, form]);

  return {
    restoredAt,
    discard: async () => {
      await discardDraft(key);
      form.reset(initialRef.current);
      setRestoredAt(null);
    },
    clear: () => discardDraft(key),
  };
}
