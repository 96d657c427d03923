/**
 * Every form of the app works the same way: a schema validates it, what is
 * typed is kept as a draft until saved, a failed save says why and keeps the
 * text, and cancelling throws the draft away. One hook, so no form forgets one.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

import { useFormDraft } from '@/db/use-form-draft';
import { useFormat } from '@/i18n/use-format';
import { DraftNotice } from '@/ui/draft-notice';
import { useSaveError } from '@/ui/use-save-error';

interface DraftFormOptions<In extends FieldValues, Out> {
  /** Where unsaved typing is kept, e.g. `measure:<id>`. */
  draftKey: string;
  schema: z.ZodType<Out, In>;
  initial: In;
}

export interface DraftForm<In extends FieldValues, Out> {
  form: UseFormReturn<In, unknown, Out>;
  /** The submit handler: validates, saves, then forgets the draft. */
  submit: (save: (values: Out) => Promise<void>) => () => Promise<void>;
  /** Forgets the draft, then does what cancelling means for this form. */
  cancel: (then: () => void) => () => void;
  /** "Your unsaved typing was brought back", when it was. */
  notice: ReactNode;
  saveError: ReactNode;
}

export function useDraftForm<In extends FieldValues, Out>({
  draftKey,
  schema,
  initial,
}: DraftFormOptions<In, Out>): DraftForm<In, Out> {
  const format = useFormat();
  const form = useForm<In, unknown, Out>({
    // The resolver's overloads cannot see that In/Out are the schema's own.
    resolver: zodResolver(schema as never) as never,
    defaultValues: initial as never,
  });
  const draft = useFormDraft(draftKey, form, initial);
  const { saveError, runSave } = useSaveError();
  return {
    form,
    submit: (save) =>
      form.handleSubmit((values) =>
        runSave(async () => {
          await save(values);
          await draft.clear();
        }),
      ),
    cancel: (then) => () => void draft.clear().then(then),
    notice: draft.restoredAt ? (
      <DraftNotice
        savedAt={format.timestamp(draft.restoredAt)}
        onDiscard={() => void draft.discard()}
      />
    ) : null,
    saveError,
  };
}
