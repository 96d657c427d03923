import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import './toast.css';
import { toasts, type ToastStore } from './toast-store';

/**
 * Where the app's toast shows, mounted once by the shell. The status element
 * is always in the document, so a screen reader announces each message as it
 * is put in (an element added with its text is often not announced). The
 * region is a landmark, reachable by its name, and sits before the main
 * content, so from a page's heading Shift+Tab reaches "undo".
 */
export function ToastRegion({ store = toasts }: { store?: ToastStore }) {
  const { t } = useTranslation();
  const toast = useSyncExternalStore(store.subscribe, store.current);
  const actionButton = useRef<HTMLButtonElement>(null);
  const action = toast?.action;
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    if (toast?.takeFocus) actionButton.current?.focus();
  }, [toast]);

  // Focus or pointer inside keeps the toast; it is unmounted with the shell.
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const leave = (event: FocusEvent) => {
      if (!element.contains(event.relatedTarget as Node | null)) store.resume();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') store.dismiss();
    };
    const handlers = [
      ['focusin', store.pause],
      ['focusout', leave],
      ['pointerenter', store.pause],
      ['pointerleave', store.resume],
      ['keydown', onKey],
    ] as const;
    for (const [type, handler] of handlers)
      element.addEventListener(type, handler as EventListener);
    return () => {
      for (const [type, handler] of handlers)
        element.removeEventListener(type, handler as EventListener);
    };
  }, [store]);

  return (
    <section
      ref={region}
      className="toast-region"
      aria-label={t('toast.region')}
    >
      <div className={toast ? 'toast toast-open' : 'toast'}>
        <p role="status" className="toast-message">
          {toast ? <span key={toast.id}>{toast.message}</span> : null}
        </p>
        {toast && action ? (
          <Button
            ref={actionButton}
            variant="secondary"
            onClick={() => {
              store.dismiss(toast.id);
              void action.run();
            }}
          >
            {action.label}
          </Button>
        ) : null}
        {toast ? (
          <Button
            variant="ghost"
            className="toast-close"
            aria-label={t('toast.close')}
            onClick={() => store.dismiss(toast.id)}
          >
            ×
          </Button>
        ) : null}
      </div>
    </section>
  );
}
