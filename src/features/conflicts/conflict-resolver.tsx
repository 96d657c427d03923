import canonicalize from 'canonicalize';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import type { RecordOf, RecordKind } from '@/bundle/record-schemas';
import { RESOLVED_WHOLE } from '@/bundle/resolve';
import { resolveConflictWith, type OpenConflict } from '@/db/conflicts';
import type { Content } from '@/domain/revision';
import type { Unit } from '@/domain/types';
import { fieldLabel, inFormOrder } from '@/i18n/record-fields';
import { useFormat } from '@/i18n/use-format';
import { valueText, type Names } from '@/i18n/value-text';
import { Button } from '@/ui/button';
import { useSaveError } from '@/ui/use-save-error';

import { VersionHeader } from './version-header';

const META = new Set([
  'id',
  'rev',
  'revs',
  'createdAt',
  'updatedAt',
  'deleted',
]);

const fieldOf = (version: object, field: string): unknown =>
  (version as Record<string, unknown>)[field];

interface ResolverProps {
  conflict: OpenConflict;
  units: readonly Unit[];
  /** The office (and, for an update, the measure) it refers to, by name. */
  names: Names;
}

/**
 * Where a version came from. The version shown, when the app kept where the
 * versions came from but not where it did, was edited here since.
 */
const originOf = ({ origins }: OpenConflict, rev: string, index: number) =>
  origins?.[rev] ??
  (origins && index === 0 ? ({ from: 'device' } as const) : undefined);

/**
 * The versions in columns, fields in rows, differences marked. For each
 * differing field the person picks a version (all from one is "keep this
 * version"); saving makes the chosen content a new revision of the shown
 * version and closes the others (db/conflicts.ts). Every version shown is
 * live: a deleted one is no open conflict.
 */
export function ConflictResolver({ conflict, units, names }: ResolverProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const { saveError, runSave } = useSaveError();
  const { versions, kind } = conflict;
  // Every field of every version: an optional one (an office's ITA results)
  // may be in the other version only, and must not be lost by choosing it.
  // In the order the form shows them.
  const fields = inFormOrder(
    kind,
    new Set(versions.flatMap((v) => Object.keys(v))),
  ).filter((f) => !META.has(f));
  const differs = (field: string) =>
    new Set(versions.map((v) => canonicalize(fieldOf(v, field)))).size > 1;
  // An approval is one version whole (bundle/resolve.ts): no field choices.
  const whole = RESOLVED_WHOLE.has(kind);
  const [picks, setPicks] = useState<Record<string, number>>({});
  const fiscalYear = (versions[0] as { fiscalYear?: number }).fiscalYear ?? 0;
  const ctx = { t, format, fiscalYear, units, names };

  const save = () =>
    runSave(async () => {
      const content = Object.fromEntries(
        fields.map((f) => [f, fieldOf(versions[picks[f] ?? 0] ?? {}, f)]),
      ) as Content<RecordOf[RecordKind]>;
      await resolveConflictWith(kind, conflict.recordId, content);
      navigate('/conflicts');
    });
  const keepAll = (index: number) =>
    setPicks(Object.fromEntries(fields.map((f) => [f, index])));

  return (
    <div className="conflict">
      <p>{t(whole ? 'conflicts.explainWhole' : 'conflicts.explain')}</p>
      <div className="table-scroll">
        <table className="table conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('conflicts.fieldColumn')}</th>
              {versions.map((version, i) => (
                <VersionHeader
                  key={version.rev}
                  version={version}
                  index={i}
                  origin={originOf(conflict, version.rev, i)}
                  onKeep={() => keepAll(i)}
                  kept={whole ? (picks[fields[0] ?? ''] ?? 0) === i : undefined}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const diff = differs(field);
              return (
                <tr key={field} className={diff ? 'differs' : undefined}>
                  <th scope="row">
                    {fieldLabel(t, kind, field)}
                    {diff ? (
                      <span className="differs-mark">
                        {t('conflicts.differs')}
                      </span>
                    ) : null}
                  </th>
                  {versions.map((version, i) => (
                    <td key={version.rev} className="prose">
                      {diff && !whole ? (
                        <label className="choice">
                          <input
                            type="radio"
                            name={`pick-${field}`}
                            checked={(picks[field] ?? 0) === i}
                            onChange={() => setPicks({ ...picks, [field]: i })}
                          />
                          <span className="sr-only">
                            {t('conflicts.useVersion', { n: i + 1 })}
                          </span>
                        </label>
                      ) : null}
                      {valueText(field, fieldOf(version, field), ctx)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {saveError}
      <div className="form-actions">
        <Button variant="primary" onClick={() => void save()}>
          {t('conflicts.save')}
        </Button>
      </div>
    </div>
  );
}
