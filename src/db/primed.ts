/**
 * Live queries' starting values, read while the app starts (first-screen.ts).
 *
 * A primed value is only the starting value of the live query of the one
 * component that mounts first: that live query still runs at once and
 * replaces it. It is dropped as soon as that component has mounted, so a
 * later visit to the screen never starts from data read at start-up.
 */
import { useEffect, useState } from 'react';

const primed = new Map<string, unknown>();

export const primedKeys = {
  workspace: (currentFiscalYear: number) => `workspace:${currentFiscalYear}`,
  officeRows: (officeId: string, fiscalYear: number) =>
    `rows:${officeId}:${fiscalYear}`,
  quietDays: 'setting:quietDays',
};

export function prime(key: string, value: unknown): void {
  primed.set(key, value);
}

/** The value read at start-up under `key`, for the first mount only. */
export function usePrimed<T>(key: string): T | undefined {
  // Read once per mount (React StrictMode's second render reads it too).
  const [value] = useState(() => primed.get(key) as T | undefined);
  useEffect(() => {
    primed.delete(key);
  }, [key]);
  return value;
}
