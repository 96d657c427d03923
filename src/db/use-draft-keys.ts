import { useEffect, useState } from 'react';

import { draftKeysAmong } from './drafts';

/**
 * Which of `keys` have an unsaved draft, looked up once per set of keys, so a
 * screen can reopen the form the person was typing in before a reload.
 */
export function useDraftKeys(keys: readonly string[]): string[] | undefined {
  const [found, setFound] = useState<{ of: string; keys: string[] }>();
  const signature = keys.join('\n');
  useEffect(() => {
    let cancelled = false;
    void draftKeysAmong(signature ? signature.split('\n') : []).then((keys) => {
      if (!cancelled) setFound({ of: signature, keys });
    });
    return () => {
      cancelled = true;
    };
  }, [signature]);
  return found?.of === signature ? found.keys : undefined;
}
