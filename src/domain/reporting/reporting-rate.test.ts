import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  officeRoundState,
  reportingFigures,
  roundTotals,
  type OfficeInRound,
} from './reporting-rate';

const DUE = '2025-04-30';
const TODAY = '2025-05-10';
const m = (lastDate: string | null, completed = false) => ({
  lastDate,
  completed,
});
const office = (
  id: string,
  district: string,
  measures: OfficeInRound['measures'],
  approved = false,
): OfficeInRound => ({ id, district, measures, approved });

describe('officeRoundState', () => {
  it.each([
    // [what, measures, approved, state, receivedOn, daysLate, reported]
    ['nothing imported, overdue', [], false, 'not-received', null, 10, 0],
    [
      'no update in the round',
      [m(null), m(null)],
      false,
      'not-received',
      null,
      10,
      0,
    ],
    [
      'received on time',
      [m('2025-03-20'), m(null)],
      false,
      'received',
      '2025-03-20',
      0,
      1,
    ],
    ['received on the due date', [m(DUE)], false, 'received', DUE, 0, 1],
    [
      'received 5 days late',
      [m('2025-03-01'), m('2025-05-05')],
      false,
      'received',
      '2025-05-05',
      5,
      2,
    ],
    [
      'approved on time',
      [m('2025-03-31')],
      true,
      'approved',
      '2025-03-31',
      0,
      1,
    ],
  ] as const)(
    '%s',
    (_, measures, approved, state, receivedOn, daysLate, reported) => {
      const s = officeRoundState(
        office('a', 'เมือง', measures, approved),
        DUE,
        TODAY,
      );
      expect(s).toMatchObject({
        state,
        receivedOn,
        daysLate,
        reported,
        measures: measures.length,
      });
    },
  );

  it('is not overdue before the due date', () => {
    expect(
      officeRoundState(office('a', '', []), DUE, '2025-04-01').daysLate,
    ).toBe(0);
  });

  it('counts nothing late without a due date', () => {
    const s = officeRoundState(office('a', '', [m('2025-09-01')]), null, TODAY);
    expect(s.daysLate).toBeNull();
    expect(s.late).toBe(0);
    expect(reportingFigures([s]).onTime).toBe(0);
  });

  it('counts completed and late measures', () => {
    const s = officeRoundState(
      office('a', '', [m('2025-03-01', true), m('2025-05-02'), m(null, true)]),
      DUE,
      TODAY,
    );
    expect(s).toMatchObject({ completed: 2, late: 1, reported: 2 });
  });
});

describe('reportingFigures', () => {
  it('counts as DHIS2 does: received, on time, approved of expected', () => {
    const states = [
      office('a', 'เมือง', [m('2025-03-01')], true),
      office('b', 'เมือง', [m('2025-05-01')]),
      office('c', 'เกาะคา', [m('2025-04-01')]),
      office('d', 'เกาะคา', [m(null)]),
    ].map((o) => officeRoundState(o, DUE, TODAY));
    expect(reportingFigures(states)).toEqual({
      expected: 4,
      received: 3,
      onTime: 2,
      approved: 1,
      rate: 0.75,
      rateOnTime: 0.5,
    });
  });

  it('has no rate when no office is expected', () => {
    expect(reportingFigures([])).toMatchObject({
      expected: 0,
      rate: null,
      rateOnTime: null,
    });
  });
});

const date = fc
  .integer({ min: 0, max: 200 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const arbOffice = fc.record({
  id: fc.uuid(),
  district: fc.constantFrom('เมือง', 'เกาะคา', 'แจ้ห่ม'),
  measures: fc.array(
    fc.record({ lastDate: fc.option(date), completed: fc.boolean() }),
    { maxLength: 6 },
  ),
  approved: fc.boolean(),
});

describe('roundTotals', () => {
  it('gives the province the sum of its districts, and rates within bounds', () => {
    fc.assert(
      fc.property(
        fc.array(arbOffice, { maxLength: 30 }),
        fc.option(date),
        date,
        (offices, due, today) => {
          const states = offices.map((o) => officeRoundState(o, due, today));
          const { districts, province } = roundTotals(states, (a, b) =>
            a.localeCompare(b, 'th'),
          );
          for (const key of [
            'expected',
            'received',
            'onTime',
            'approved',
            'measures',
            'completed',
            'late',
            'reported',
          ] as const)
            expect(districts.reduce((n, d) => n + d[key], 0)).toBe(
              province[key],
            );
          expect(province.approved).toBeLessThanOrEqual(province.received);
          expect(province.onTime).toBeLessThanOrEqual(province.received);
          expect(province.late).toBeLessThanOrEqual(province.reported);
          expect(province.reported).toBeLessThanOrEqual(province.measures);
          if (province.rate !== null)
            expect(province.rate).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('sorts districts by the order given', () => {
    const states = [office('a', 'แจ้ห่ม', []), office('b', 'เกาะคา', [])].map(
      (o) => officeRoundState(o, DUE, TODAY),
    );
    expect(
      roundTotals(states, (a, b) => a.localeCompare(b, 'th')).districts.map(
        (d) => d.district,
      ),
    ).toEqual(['เกาะคา', 'แจ้ห่ม']);
  });
});
