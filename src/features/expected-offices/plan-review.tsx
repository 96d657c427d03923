import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  officesToAdd,
  type Answer,
  type Candidate,
  type NewExpected,
  type PlanItem,
} from '@/domain/expected/import-plan';

interface PlanReviewProps {
  plan: readonly PlanItem[];
  /** A file's plan names rows; one typed by hand has none. */
  fromFile: boolean;
  onConfirm: (offices: NewExpected[]) => void;
  onCancel: () => void;
}

/**
 * What a CSV (or a name typed by hand) would add: the offices already
 * listed, and a question for each near name; "add" waits for every answer.
 */
export function PlanReview({
  plan,
  fromFile,
  onConfirm,
  onCancel,
}: PlanReviewProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<ReadonlyMap<number, Answer>>(
    new Map(),
  );
  const toAdd = officesToAdd(plan, answers);
  const count = (kind: PlanItem['kind']) =>
    plan.filter((p) => p.kind === kind).length;
  const asked = count('ask');
  const unanswered = asked - answers.size;
  // Until every question is answered, the rows sure to be added.
  const adding = toAdd?.length ?? count('add');
  const answer = (index: number, value: Answer) =>
    setAnswers(new Map(answers).set(index, value));
  return (
    <div className="expected-review">
      {fromFile ? (
        <p role="status">
          {t('expectedOffices.csv.summary', {
            add: count('add'),
            listed: count('listed'),
            ask: asked,
          })}
        </p>
      ) : null}
      <ul className="expected-listed">
        {plan.flatMap((item) =>
          item.kind === 'listed'
            ? [
                <li key={item.office.rows.join() + item.office.name}>
                  {t('expectedOffices.csv.listed', {
                    name: item.office.name,
                    listedName: item.place.name,
                  })}
                </li>,
              ]
            : [],
        )}
      </ul>
      {plan.map((item, index) =>
        item.kind === 'ask' ? (
          <fieldset key={index} className="expected-ask">
            <legend>
              {fromFile
                ? t('expectedOffices.csv.askLegend', {
                    rows: item.office.rows.join(', '),
                    name: item.office.name,
                  })
                : t('expectedOffices.csv.askLegendHand', {
                    name: item.office.name,
                  })}
            </legend>
            {item.candidates.map((candidate, i) => (
              <label key={i} className="radio">
                <input
                  type="radio"
                  name={`ask-${index}`}
                  checked={answers.get(index) === i}
                  onChange={() => answer(index, i)}
                />{' '}
                <CandidateText candidate={candidate} />
              </label>
            ))}
            <label className="radio">
              <input
                type="radio"
                name={`ask-${index}`}
                checked={answers.get(index) === 'new'}
                onChange={() => answer(index, 'new')}
              />{' '}
              {t('expectedOffices.csv.differentOffice', {
                name: item.office.name,
              })}
            </label>
          </fieldset>
        ) : null,
      )}
      {unanswered > 0 ? (
        <p className="field-hint">
          {t('expectedOffices.csv.unanswered', {
            count: unanswered,
            n: unanswered,
          })}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={toAdd === null || toAdd.length === 0}
          onClick={() => toAdd && onConfirm(toAdd)}
        >
          {t('expectedOffices.csv.confirm', { count: adding, n: adding })}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('expectedOffices.csv.cancel')}
        </button>
      </div>
    </div>
  );
}

function CandidateText({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const { name, district } = candidate.place;
  const place = district ? t('expectedOffices.csv.place', { district }) : '';
  if (candidate.from === 'list')
    return <>{t('expectedOffices.csv.sameAsList', { name, place })}</>;
  if (candidate.from === 'office')
    return <>{t('expectedOffices.csv.sameAsOffice', { name, place })}</>;
  return <>{t('expectedOffices.csv.sameAsRow', { name })}</>;
}
