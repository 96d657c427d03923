import { lazy, useState, type ComponentType } from 'react';

/**
 * A page loaded on first use, so the form libraries stay out of the first
 * download. The service worker precaches every chunk: this works offline.
 *
 * `preload()` fetches it ahead (the page the app starts on, while the
 * database opens). A page already loaded when it mounts is rendered at once:
 * through `lazy` it would suspend for a moment even so, and React holds a
 * revealed fallback on screen for 300 ms.
 *
 * Every page comes with the Thai words of the pages (i18n/page-words.ts),
 * which the first screen does not carry.
 */
export function lazyPage<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= Promise.all([import('@/i18n/page-words'), load()]).then(
      ([, module]) => (loaded = module[name]),
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page(props: P) {
    // Chosen once per mount: switching type later would remount the page.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Page, { preload });
}
