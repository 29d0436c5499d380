import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_RULES,
  deadlineState,
  dutchDateOf,
  firstContactDueOn,
  triageDueOn,
  validateDeadlineRules,
  WVGGZ_INQUIRY_DAYS,
  wvggzInquiryDueOn,
  type DeadlineRules,
  type Urgency,
} from './deadlines';

/** Weekday straight from the platform (0 = Sunday), to check the fixtures. */
function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d)).getUTCDay();
}

type Expected = Record<Urgency, [triage: string, firstContact: string]>;

function expectDueDays(from: string, expected: Expected): void {
  for (const [urgency, [triage, contact]] of Object.entries(expected) as [Urgency, [string, string]][]) {
    expect(triageDueOn(from, urgency, DEFAULT_DEADLINE_RULES), `${urgency} triage`).toBe(triage);
    expect(firstContactDueOn(from, urgency, DEFAULT_DEADLINE_RULES), `${urgency} first contact`).toBe(contact);
  }
}

describe('meldpunt deadlines', () => {
  it('counts from a Friday over the weekend', () => {
    expect(weekday('2025-06-13')).toBe(5);
    expectDueDays('2025-06-13', {
      acute: ['2025-06-13', '2025-06-13'],
      high: ['2025-06-16', '2025-06-17'],
      normal: ['2025-06-17', '2025-06-20'],
      low: ['2025-06-20', '2025-06-27'],
    });
  });

  it('counts from the day before a holiday (Hemelvaartsdag 2026, then Whit Monday)', () => {
    expect(weekday('2026-05-13')).toBe(3);
    expectDueDays('2026-05-13', {
      acute: ['2026-05-13', '2026-05-13'],
      high: ['2026-05-15', '2026-05-18'],
      normal: ['2026-05-18', '2026-05-21'],
      low: ['2026-05-21', '2026-05-29'],
    });
  });

  it('moves an acute report from a Saturday to the next working day', () => {
    expect(weekday('2025-06-14')).toBe(6);
    expect(triageDueOn('2025-06-14', 'acute')).toBe('2025-06-16');
    expect(triageDueOn('2025-04-26', 'acute')).toBe('2025-04-28'); // Koningsdag on that Saturday
    expect(triageDueOn('2026-04-04', 'acute')).toBe('2026-04-07'); // Easter Saturday → Tuesday
    expect(firstContactDueOn('2026-04-04', 'acute')).toBe('2026-04-07');
  });

  it('uses the rules it is given', () => {
    const rules: DeadlineRules = {
      ...DEFAULT_DEADLINE_RULES,
      low: { triageWorkingDays: 1, firstContactWorkingDays: 3 },
    };
    expect(triageDueOn('2025-06-13', 'low', rules)).toBe('2025-06-16');
    expect(firstContactDueOn('2025-06-13', 'low', rules)).toBe('2025-06-18');
  });
});

describe('Wvggz exploratory inquiry', () => {
  it('is due 14 calendar days later and stays there on a weekend or holiday', () => {
    expect(WVGGZ_INQUIRY_DAYS).toBe(14);
    expect(wvggzInquiryDueOn('2025-01-06')).toBe('2025-01-20');
    expect(wvggzInquiryDueOn('2025-04-04')).toBe('2025-04-18'); // Goede Vrijdag
    expect(wvggzInquiryDueOn('2025-12-12')).toBe('2025-12-26'); // Tweede Kerstdag
    expect(wvggzInquiryDueOn('2025-06-07')).toBe('2025-06-21'); // a Saturday
    expect(wvggzInquiryDueOn('2028-02-20')).toBe('2028-03-05'); // across the leap day
  });
});

describe('deadlineState', () => {
  const due = '2025-06-17';

  it('reports open deadlines', () => {
    expect(deadlineState(due, null, '2025-06-16')).toBe('on_time');
    expect(deadlineState(due, null, '2025-06-17')).toBe('due_today');
    expect(deadlineState(due, null, '2025-06-18')).toBe('overdue');
  });

  it('reports done deadlines, whatever today is', () => {
    expect(deadlineState(due, '2025-06-10', '2025-07-01')).toBe('done_on_time');
    expect(deadlineState(due, '2025-06-17', '2025-06-17')).toBe('done_on_time');
    expect(deadlineState(due, '2025-06-18', '2025-06-18')).toBe('done_late');
    expect(deadlineState(due, '2025-06-18', '2025-06-10')).toBe('done_late');
  });
});

describe('validateDeadlineRules', () => {
  it('accepts the defaults', () => {
    expect(validateDeadlineRules(DEFAULT_DEADLINE_RULES)).toEqual([]);
  });

  it('names every problem in Dutch', () => {
    const rules: DeadlineRules = {
      acute: { triageWorkingDays: 0, firstContactWorkingDays: 0 },
      high: { triageWorkingDays: -1, firstContactWorkingDays: 2 },
      normal: { triageWorkingDays: 3, firstContactWorkingDays: 2 },
      low: { triageWorkingDays: 5, firstContactWorkingDays: 61 },
    };
    expect(validateDeadlineRules(rules)).toEqual([
      'Urgentie hoog: de termijn voor triage mag niet negatief zijn (-1).',
      'Urgentie normaal: de termijn voor eerste contact (2 werkdagen) is korter dan die voor triage (3 werkdagen).',
      'Urgentie laag: de termijn voor eerste contact is langer dan 60 werkdagen (61).',
    ]);
  });

  it('accepts exactly 60 and equal deadlines, and refuses fractions and missing urgencies', () => {
    const ok: DeadlineRules = {
      ...DEFAULT_DEADLINE_RULES,
      low: { triageWorkingDays: 60, firstContactWorkingDays: 60 },
    };
    expect(validateDeadlineRules(ok)).toEqual([]);
    const odd = { ...DEFAULT_DEADLINE_RULES, high: { triageWorkingDays: 1.5, firstContactWorkingDays: 2 } };
    expect(validateDeadlineRules(odd)).toEqual([
      'Urgentie hoog: de termijn voor triage moet een heel aantal werkdagen zijn (1.5).',
    ]);
    const { low: _low, ...missing } = DEFAULT_DEADLINE_RULES;
    expect(validateDeadlineRules(missing as DeadlineRules)).toEqual(['Urgentie laag: de termijnen ontbreken.']);
  });
});

describe('dutchDateOf', () => {
  it('uses Amsterdam winter time (UTC+1) around midnight', () => {
    expect(dutchDateOf(new Date('2025-01-15T22:59:59Z'))).toBe('2025-01-15');
    expect(dutchDateOf(new Date('2025-01-15T23:00:00Z'))).toBe('2025-01-16');
    expect(dutchDateOf(new Date('2025-01-16T00:30:00Z'))).toBe('2025-01-16');
    expect(dutchDateOf(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
  });

  it('uses Amsterdam summer time (UTC+2) around midnight', () => {
    expect(dutchDateOf(new Date('2025-07-15T21:59:59Z'))).toBe('2025-07-15');
    expect(dutchDateOf(new Date('2025-07-15T22:00:00Z'))).toBe('2025-07-16');
    expect(dutchDateOf(new Date('2025-07-15T23:59:59Z'))).toBe('2025-07-16');
    expect(dutchDateOf(new Date('2025-07-16T00:00:00Z'))).toBe('2025-07-16');
  });

  it('follows the clock change and refuses an invalid date', () => {
    expect(dutchDateOf(new Date('2025-03-29T22:59:59Z'))).toBe('2025-03-29'); // still winter time
    expect(dutchDateOf(new Date('2025-03-29T23:00:00Z'))).toBe('2025-03-30');
    expect(dutchDateOf(new Date('2025-10-25T21:59:59Z'))).toBe('2025-10-25'); // still summer time
    expect(dutchDateOf(new Date('2025-10-25T22:00:00Z'))).toBe('2025-10-26');
    expect(() => dutchDateOf(new Date('nonsense'))).toThrow(RangeError);
  });
});
