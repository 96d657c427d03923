import { useState, type ReactNode } from 'react';
import {
  useWatch,
  type Control,
  type FieldValues,
  type UseFormGetValues,
} from 'react-hook-form';

interface SavedNoteForm<In extends FieldValues, Out> {
  control: Control<In, unknown, Out>;
  getValues: UseFormGetValues<In>;
}

/**
 * "Saved", for the spot beside a form's Save button (issue 11: the person
 * looks at the button they pressed). The note shows while the form holds
 * what was saved, so the next edit takes it back. The status element is
 * always there, so a screen reader announces the message when it appears.
 */
export function useSavedNote<In extends FieldValues, Out>(
  form: SavedNoteForm<In, Out>,
  message: string,
): { markSaved: () => void; note: ReactNode } {
  const [savedValues, setSavedValues] = useState<string | null>(null);
  const values = useWatch({ control: form.control });
  const saved = savedValues !== null && savedValues === JSON.stringify(values);
  return {
    markSaved: () => setSavedValues(JSON.stringify(form.getValues())),
    note: (
      <p role="status" className="saved-note">
        {saved ? message : null}
      </p>
    ),
  };
}
