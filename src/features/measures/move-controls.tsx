import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { moveMeasure } from '@/db/measures';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';

import type { DragHandleProps } from './use-row-drag';

interface MoveControlsProps {
  measureId: string;
  title: string;
  /** Its place in the year's whole list, from 1. */
  number: number;
  total: number;
  /** The drag handle's props (use-row-drag.ts). */
  handle: DragHandleProps;
}

/**
 * A measure's row controls for its place: a handle to drag it (the mouse),
 * and "move…", which asks for the place it should take, so any place is one
 * move away for the keyboard too, never a step at a time.
 */
export function MoveControls(props: MoveControlsProps) {
  const { measureId, title, number, total, handle } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const selectId = useId();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState(number);
  const button = useRef<HTMLButtonElement>(null);
  // The row moves in the DOM once the list reloads, which takes focus from
  // its button; give it back when the row shows at its new place.
  const refocusAt = useRef<number | null>(null);
  useEffect(() => {
    if (refocusAt.current !== number) return;
    refocusAt.current = null;
    button.current?.focus();
  }, [number]);

  const label = format.number(number);
  const submit = async () => {
    setOpen(false);
    if (target === number) return;
    refocusAt.current = target;
    await moveMeasure(measureId, target - 1);
  };

  return (
    <>
      <span
        className="drag-handle"
        title={t('measures.dragHint')}
        aria-hidden="true"
        {...handle}
      />
      <Button
        ref={button}
        variant="ghost"
        aria-label={t('measures.moveLabel', { number: label })}
        onClick={() => {
          setTarget(number);
          setOpen(true);
        }}
      >
        {t('measures.move')}
      </Button>
      <Dialog
        open={open}
        title={t('measures.moveTitle', { number: label })}
        onClose={() => setOpen(false)}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p>{title}</p>
          <div className="field">
            <label className="field-label" htmlFor={selectId}>
              {t('measures.moveTo')}
            </label>
            <select
              id={selectId}
              value={target}
              onChange={(event) => setTarget(Number(event.target.value))}
            >
              {Array.from({ length: total }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n === number
                    ? t('measures.moveCurrent', { number: format.number(n) })
                    : format.number(n)}
                </option>
              ))}
            </select>
          </div>
          <div className="dialog-actions">
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary">
              {t('measures.moveConfirm')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
