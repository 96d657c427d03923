import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { addExpectedOffices } from '@/db/expected-offices';
import { kindInName } from '@/domain/expected/csv-offices';
import type { ExpectedOffice } from '@/domain/expected/expected-office';
import {
  officesToAdd,
  planImport,
  type ImportedPlace,
  type NewExpected,
  type PlanItem,
} from '@/domain/expected/import-plan';
import { OFFICE_KINDS, type OfficeKind } from '@/domain/types';
import { Field } from '@/ui/field';
import { showToast } from '@/ui/toast-store';

import { PlanReview } from './plan-review';

interface HandAddProps {
  listed: readonly ExpectedOffice[];
  imported: readonly ImportedPlace[];
}

const EMPTY = { name: '', kind: '', district: '', province: '' };

/** One office typed by hand: matched as a CSV row is, so a near name is asked too. */
export function HandAdd({ listed, imported }: HandAddProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [error, setError] = useState<string>();
  const [plan, setPlan] = useState<PlanItem[] | null>(null);
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setValues({ ...values, [field]: value });

  const add = async (offices: NewExpected[]) => {
    await addExpectedOffices(offices, 'hand');
    setPlan(null);
    setValues(EMPTY);
    showToast({
      message: t('expectedOffices.csv.added', {
        count: offices.length,
        n: offices.length,
      }),
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = values.name.trim().replace(/\s+/g, ' ');
    if (name === '') {
      setError(t('expectedOffices.hand.nameRequired'));
      return;
    }
    setError(undefined);
    const kind = (values.kind as OfficeKind) || kindInName(name);
    const next = planImport(
      [
        {
          rows: [],
          name,
          kind,
          district: values.district.trim(),
          province: values.province.trim(),
        },
      ],
      listed,
      imported,
    );
    // A new name, or an imported office's very name, is added at once.
    const ready =
      next[0]?.kind === 'add' ? officesToAdd(next, new Map()) : null;
    if (ready) void add(ready);
    else setPlan(next);
  };

  return (
    <section className="expected-hand" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('expectedOffices.hand.title')}</h2>
      <form onSubmit={submit} noValidate className="expected-hand-form">
        <Field label={t('expectedOffices.name')} error={error} required>
          {(p) => (
            <input
              {...p}
              value={values.name}
              onChange={(e) => set('name')(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('expectedOffices.kind')}>
          {(p) => (
            <select
              {...p}
              value={values.kind}
              onChange={(e) => set('kind')(e.target.value)}
            >
              <option value="">{t('expectedOffices.noKind')}</option>
              {OFFICE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`officeKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('expectedOffices.district')}>
          {(p) => (
            <input
              {...p}
              value={values.district}
              onChange={(e) => set('district')(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('expectedOffices.province')}>
          {(p) => (
            <input
              {...p}
              value={values.province}
              onChange={(e) => set('province')(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="btn btn-primary">
          {t('expectedOffices.hand.submit')}
        </button>
      </form>
      {plan ? (
        <PlanReview
          plan={plan}
          fromFile={false}
          onCancel={() => setPlan(null)}
          onConfirm={(offices) => void add(offices)}
        />
      ) : null}
    </section>
  );
}
