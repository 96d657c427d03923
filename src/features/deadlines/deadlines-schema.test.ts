import { describe, expect, it } from 'vitest';

import { deadlinesSchema } from './deadlines-schema';

const schema = deadlinesSchema({ fiscalYear: 2568, era: 'buddhist' });

function messages(values: { sixMonth: string; annual: string }) {
  const parsed = schema.safeParse(values);
  return parsed.success
    ? {}
    : Object.fromEntries(
        parsed.error.issues.map((i) => [i.path.join('.'), i.message]),
      );
}

describe('deadlinesSchema', () => {
  it('takes due dates within the rounds', () => {
    expect(
      schema.parse({ sixMonth: '2025-04-30', annual: '2025-10-31' }),
    ).toEqual({ sixMonth: '2025-04-30', annual: '2025-10-31' });
  });

  it('refuses a due date before the round starts, saying when it starts', () => {
    expect(messages({ sixMonth: '2024-09-30', annual: '2025-10-31' })).toEqual({
      sixMonth: 'deadlines.beforeStart|{"start":"2024-10-01"}',
    });
  });

  it('refuses a due date after a late report stops counting for the round', () => {
    expect(messages({ sixMonth: '2025-04-30', annual: '2026-04-01' })).toEqual({
      annual: 'deadlines.afterLate|{"last":"2026-03-31"}',
    });
  });

  it('refuses an empty or unreadable date, and a day the month has not', () => {
    const found = messages({ sixMonth: '', annual: '31/9/2568' });
    expect(found.sixMonth).toBe('errors.required');
    expect(found.annual).toBe('errors.dateNoSuchDay');
    expect(
      messages({ sixMonth: 'เมษา', annual: '2025-10-31' }).sixMonth,
    ).toMatch(/^errors\.dateUnreadable/);
  });
});
