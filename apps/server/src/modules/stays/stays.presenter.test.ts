import { addDays, isLongerThanMonths } from '@springplank/domain';
import { describe, expect, it } from 'vitest';
import { lastLongStayStart } from './stays.presenter';

describe('lastLongStayStart', () => {
  it('splits start dates exactly where addMonths(started_on, 3) < today flips, on every day of two years', () => {
    for (let today = '2023-01-01'; today <= '2024-12-31'; today = addDays(today, 1)) {
      const last = lastLongStayStart(today);
      expect(isLongerThanMonths(last, today, 3), `${today}: ${last} is long`).toBe(true);
      expect(isLongerThanMonths(addDays(last, 1), today, 3), `${today}: day after ${last} is not`).toBe(false);
    }
  });

  it('follows the month-end rule: on 2023-05-31 a stay from 2023-02-28 is long, from 2023-03-01 not', () => {
    expect(lastLongStayStart('2023-05-31')).toBe('2023-02-28');
    expect(lastLongStayStart('2023-05-28')).toBe('2023-02-27');
  });
});
