/**
 * Device preferences: the UI language and the digits. They live in
 * localStorage, not IndexedDB, because the first render needs them at once
 * and they belong to the device, not to the data that travels in bundles.
 */
import { useSyncExternalStore } from 'react';

import type { DigitStyle } from '@/domain/thai-date';

export type Language = 'th' | 'en';

export interface Preferences {
  language: Language;
  digits: DigitStyle;
}

const KEY = 'ita-tracker.preferences';
const DEFAULTS: Preferences = { language: 'th', digits: 'arabic' };
const listeners = new Set<() => void>();
let cached: Preferences | undefined;

function read(): Preferences {
  try {
    const stored = JSON.parse(
      localStorage.getItem(KEY) ?? '{}',
    ) as Partial<Preferences>;
    return {
      language: stored.language === 'en' ? 'en' : 'th',
      digits: stored.digits === 'thai' ? 'thai' : 'arabic',
    };
  } catch {
    return DEFAULTS; // storage blocked or a corrupt value: fall back quietly
  }
}

export function getPreferences(): Preferences {
  cached ??= read();
  return cached;
}

export function setPreferences(changes: Partial<Preferences>): void {
  cached = { ...getPreferences(), ...changes };
  try {
    localStorage.setItem(KEY, JSON.stringify(cached));
  } catch {
    // Not remembered on this device, but still applied for this session.
  }
  listeners.forEach((notify) => notify());
}

function onStorage(event: StorageEvent) {
  if (event.key !== KEY) return;
  cached = read(); // another tab changed it
  listeners.forEach((notify) => notify());
}

// One window listener for every subscriber: each screen formats through
// usePreferences, and adding a 'storage' listener is not free.
function subscribe(onChange: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, getPreferences);
}
