/**
 * The one toast the app shows at a time: a short message after an action,
 * with at most one follow-up such as "undo". A new toast replaces the one
 * shown (its undo lapses). Kept outside React so any screen can show one
 * while the shell draws it (toast.tsx), and its timing can be tested alone.
 */

export interface ToastAction {
  label: string;
  run: () => unknown;
}

export interface ToastInput {
  message: string;
  action?: ToastAction;
  /**
   * Move focus to the toast's action: for a delete whose control goes away
   * with what it deleted, so a keyboard user lands on "undo", not nowhere.
   */
  takeFocus?: boolean;
}

export interface Toast extends ToastInput {
  /** Tells one toast from the next, even with the same message. */
  id: number;
}

/** Long enough to read a Thai sentence and reach "undo"; longer with an action. */
export const TOAST_MS = { plain: 5_000, action: 10_000 } as const;

type Listener = () => void;

export function createToastStore(
  durations: { plain: number; action: number } = TOAST_MS,
) {
  let current: Toast | null = null;
  let nextId = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let paused = false;
  const listeners = new Set<Listener>();

  const notify = () => listeners.forEach((listener) => listener());
  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  // Date.now() is not used: a fixed test clock would then never expire it.
  const startTimer = () => {
    stopTimer();
    if (!current || paused) return;
    const { id } = current;
    const ms = current.action ? durations.action : durations.plain;
    timer = setTimeout(() => dismiss(id), ms);
  };

  function show(input: ToastInput): Toast {
    current = { ...input, id: nextId++ };
    startTimer();
    notify();
    return current;
  }

  /** Hides the toast (only toast `id`, when given). */
  function dismiss(id?: number): void {
    if (!current || (id !== undefined && current.id !== id)) return;
    current = null;
    stopTimer();
    notify();
  }

  /**
   * While the pointer or focus is on the toast it stays; when they leave it
   * gets its whole time again (WCAG 2.2.1: time limits can be extended).
   */
  function pause(): void {
    paused = true;
    stopTimer();
  }

  function resume(): void {
    paused = false;
    startTimer();
  }

  return {
    show,
    dismiss,
    pause,
    resume,
    current: () => current,
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type ToastStore = ReturnType<typeof createToastStore>;

/** The app's toast: features show, the shell draws (toast.tsx). */
export const toasts = createToastStore();

export const showToast = (input: ToastInput) => toasts.show(input);
