import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on first use, so the form libraries stay out of the first
 * download. The service worker precaches every chunk: this works offline.
 */
export function lazyPage<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
