import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { CleanableText } from '@/domain/paste/cell-cleanup';
import type { CleanableCell } from '@/domain/paste/row-edit';

import { CellEditor } from './preview-cell-editor';

const RESULT_CELLS = ['result', 'suggestions', 'outcome', 'problems'] as const;

interface PreviewTextsProps {
  /** The measure's number as shown. */
  number: string;
  links: string;
  onLinks: (links: string) => void;
  edited: (cell: CleanableCell) => {
    cell: CleanableText;
    onChange: (cell: CleanableText) => void;
    onToggle: (at: number) => void;
  };
}

/** A row's results, as they will become its progress update, each its own box; then its links. */
export function PreviewTexts({
  number,
  links,
  onLinks,
  edited,
}: PreviewTextsProps) {
  const { t } = useTranslation();
  const linksId = useId();
  return (
    <div className="paste-results">
      {RESULT_CELLS.map((cell) => (
        <CellEditor
          key={cell}
          visibleLabel={t(`update.${cell}`)}
          label={t('paste.preview.cellLabel', {
            cell: t(`update.${cell}`),
            number,
          })}
          className="paste-wide"
          rows={2}
          {...edited(cell)}
        />
      ))}
      <div className="paste-cell">
        <label htmlFor={linksId} className="paste-cell-label">
          {t('links.legend')}
        </label>
        <textarea
          id={linksId}
          className="paste-input paste-wide"
          rows={2}
          value={links}
          spellCheck={false}
          aria-label={t('paste.preview.cellLabel', {
            cell: t('links.legend'),
            number,
          })}
          onChange={(e) => onLinks(e.target.value)}
        />
      </div>
    </div>
  );
}
