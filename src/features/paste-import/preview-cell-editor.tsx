import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import {
  cleanable,
  cleaned,
  wrapMarks,
  type CleanableText,
} from '@/domain/paste/cell-cleanup';

interface CellEditorProps {
  /** The cell's name with its measure's number, e.g. "ชื่อมาตรการที่ 1". */
  label: string;
  /** The cell's name as shown above the box in a stacked column; none in a column of its own. */
  visibleLabel?: string;
  cell: CleanableText;
  rows?: number;
  className?: string;
  invalid?: boolean;
  /** The id of a hint under the cell (what its units were matched to). */
  describedBy?: string;
  onChange: (cell: CleanableText) => void;
  onToggle: (at: number) => void;
}

/**
 * One preview cell: a text box with the text that will be imported, and,
 * when a PDF's line wraps left spaces in it, the text again with each
 * proposed space as a button that removes it or keeps it.
 */
export function CellEditor(props: CellEditorProps) {
  const id = useId();
  const { cell } = props;
  return (
    <div className="paste-cell">
      {props.visibleLabel ? (
        <label htmlFor={id} className="paste-cell-label">
          {props.visibleLabel}
        </label>
      ) : null}
      <textarea
        id={id}
        className={['paste-input', props.className].filter(Boolean).join(' ')}
        rows={props.rows ?? 3}
        value={cleaned(cell)}
        aria-label={props.label}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(cleanable(e.target.value, cell.breaks))}
      />
      <WrapMarks label={props.label} cell={cell} onToggle={props.onToggle} />
    </div>
  );
}

/** ␣ a space proposed for removal; ⁀ the two sides joined (the hint explains both). */
const SYMBOLS = { pending: '\u2423', accepted: '\u2040' } as const;

function WrapMarks(props: {
  label: string;
  cell: CleanableText;
  onToggle: (at: number) => void;
}) {
  const { t } = useTranslation();
  const { text } = props.cell;
  const marks = wrapMarks(props.cell);
  if (marks.length === 0) return null;
  const parts: React.ReactNode[] = [];
  let from = 0;
  for (const mark of marks) {
    parts.push(text.slice(from, mark.at));
    const before = text.slice(Math.max(0, mark.at - 8), mark.at).trim();
    const after = text.slice(mark.at + mark.length, mark.at + mark.length + 8);
    parts.push(
      <button
        key={mark.at}
        type="button"
        className={`paste-wrap${mark.accepted ? ' paste-wrap-accepted' : ''}`}
        aria-pressed={mark.accepted}
        aria-label={t('paste.cleanup.mark', {
          before,
          after: after.trim(),
        })}
        onClick={() => props.onToggle(mark.at)}
      >
        <span aria-hidden="true">
          {mark.accepted ? SYMBOLS.accepted : SYMBOLS.pending}
        </span>
      </button>,
    );
    from = mark.at + mark.length;
  }
  parts.push(text.slice(from));
  return (
    <div
      role="group"
      className="paste-marks"
      aria-label={t('paste.cleanup.marksLabel', { label: props.label })}
    >
      {parts}
    </div>
  );
}
