/**
 * The button beside a date or month field that opens its calendar in a
 * dialog. The calendar is its own chunk, loaded on first use (or when the
 * pointer or focus reaches the button), so it stays out of the first
 * download; the service worker precaches every chunk for offline use.
 */
import { Component, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import { Dialog } from './dialog';

interface CalendarButtonProps {
  /** The field's label: names the button and the dialog. */
  label: string;
  /** Starts loading the calendar's code. */
  preload: () => unknown;
  /** The calendar; `close` is called after a pick. */
  children: (close: () => void) => ReactNode;
}

class LoadFailed extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function CalendarButton({
  label,
  preload,
  children,
}: CalendarButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className="btn calendar-button"
        aria-label={t('dateField.calendarFor', { label })}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <rect
            x="2.5"
            y="4"
            width="15"
            height="13.5"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path
            d="M2.5 8h15M6.5 2v4M13.5 2v4"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
      </button>
      <Dialog open={open} title={label} onClose={close}>
        <LoadFailed fallback={<p role="alert">{t('dateField.loadFailed')}</p>}>
          <Suspense fallback={<p role="status">{t('dateField.loading')}</p>}>
            {children(close)}
          </Suspense>
        </LoadFailed>
        <div className="dialog-actions">
          <Button onClick={close}>{t('dateField.close')}</Button>
        </div>
      </Dialog>
    </>
  );
}
