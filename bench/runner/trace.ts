/**
 * Chrome's trace for what a page cannot see of itself: a worker's heap at
 * each garbage collection (the peak heap of an import), and how long each
 * main-thread task takes (the longest task while typing). Trace events are
 * recorded by the browser as they happen, even while the page's thread is
 * busy, where a CDP call like Runtime.getHeapUsage would wait its turn.
 */
import type { Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown> & { name?: string };
}

export interface Trace<T> {
  result: T;
  events: TraceEvent[];
  /** Thread names by `${pid}:${tid}`. */
  threads: Map<string, string>;
}

export const threadKey = (event: TraceEvent) => `${event.pid}:${event.tid}`;

export async function traced<T>(
  page: Page,
  categories: string[],
  run: () => Promise<T>,
): Promise<Trace<T>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [...categories, '__metadata'],
      excludedCategories: ['*'],
    },
  });
  const stop = async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  };
  let result: T;
  try {
    result = await run();
  } finally {
    await stop();
  }
  return { result, events, threads: threadNames(events) };
}

function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name)
      names.set(threadKey(e), e.args.name);
  return names;
}
