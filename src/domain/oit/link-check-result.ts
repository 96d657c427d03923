/** What a check of an evidence link found (features/itas/link-check.ts). */
export type LinkCheck =
  | { url: string; checkedAt: string; state: 'answered' }
  | {
      url: string;
      checkedAt: string;
      state: 'failed';
      reason: 'timeout' | 'network' | 'status';
      status?: number;
    }
  /** An http link from an https page: the browser blocks it (mixed content). */
  | { url: string; checkedAt: string; state: 'insecure' };
