import { useSyncExternalStore } from 'react';

/** Today's local date as `YYYY-MM-DD`: the one place the UI reads the clock. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Re-checked once a minute so an app left open overnight moves to the new day.
function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 60_000);
  return () => clearInterval(timer);
}

export function useToday(): string {
  return useSyncExternalStore(subscribe, () => todayIso());
}
