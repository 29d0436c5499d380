import { describe, expect, it } from 'vitest';
import { outflowPromise } from './outflow';

describe('outflowPromise', () => {
  it('counts days since ready and keeps the promise up to and including ready_on + 3 months', () => {
    expect(outflowPromise('2026-08-23', '2026-11-23')).toEqual({
      daysSinceReady: 92,
      promiseDueOn: '2026-11-23',
      overdue: false,
    });
    expect(outflowPromise('2026-08-23', '2026-11-24').overdue).toBe(true);
  });

  it('applies the month-end rule (2023-11-30 + 3 months = 2024-02-29 in a leap year)', () => {
    expect(outflowPromise('2023-11-30', '2024-02-29')).toMatchObject({ promiseDueOn: '2024-02-29', overdue: false });
    expect(outflowPromise('2023-11-30', '2024-03-01').overdue).toBe(true);
  });

  it('is zero days on the day itself', () => {
    expect(outflowPromise('2026-11-23', '2026-11-23')).toMatchObject({ daysSinceReady: 0, overdue: false });
  });
});
