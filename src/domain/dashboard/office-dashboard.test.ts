import { describe, expect, it } from 'vitest';

import { dashboardRow } from '@/testing/dashboard-rows';

import { officeDashboard } from './office-dashboard';

describe('officeDashboard', () => {
  it('puts every figure of the example year together: 11 completed, annual round complete, 6-month round empty', () => {
    const rows = Array.from({ length: 11 }, (_, i) =>
      dashboardRow({
        id: `m${i + 1}`,
        latest: { date: '2025-09-30', status: 'completed' },
        rounds: ['annual'],
      }),
    );
    const dashboard = officeDashboard({
      rows,
      units: [{ id: 'u-office', name: 'สำนักปลัด' }],
      fiscalYear: 2568,
      today: '2025-02-15',
      quietDays: 30,
    });
    expect(dashboard.statusCounts.map((c) => c.measureIds.length)).toEqual([
      0, 0, 11, 0, 0,
    ]);
    expect(dashboard.late).toEqual([]);
    expect(dashboard.quiet).toEqual([]);
    expect(dashboard.annual.reportedIds).toHaveLength(11);
    expect(dashboard.sixMonth.missingIds).toHaveLength(11);
    expect(dashboard.units[0]?.completedIds).toHaveLength(11);
    expect(dashboard.timeline.todayIndex).toBe(4);
  });
});
