import type { MonitorTarget } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { shownValue, targetFormValues, targetsFormSchema } from './targetsForm';

const base = { updatedAt: null, baselineYear: null, targetYear: null } as const;
const TARGETS: MonitorTarget[] = [
  {
    ...base,
    key: 'bw_clients',
    kind: 'reduction',
    period: 'date',
    unit: 'count',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    value: 20,
  },
  {
    key: 'mo_clients',
    kind: 'reduction',
    period: 'year',
    unit: 'count',
    baselineDate: null,
    targetDate: null,
    baselineYear: 2023,
    targetYear: 2026,
    value: 20,
    updatedAt: null,
  },
  {
    ...base,
    key: 'bw_wait',
    kind: 'at_most',
    period: 'date',
    unit: 'months',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    value: 3,
  },
  {
    ...base,
    key: 'mo_long_stay',
    kind: 'at_most',
    period: 'date',
    unit: 'share',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    value: 1 / 3,
  },
  {
    ...base,
    key: 'housing_within_3_months',
    kind: 'at_least',
    period: 'date',
    unit: 'share',
    baselineDate: '2024-01-01',
    targetDate: '2027-01-01',
    value: 0.9,
  },
];

describe('the targets form schema', () => {
  it('shows shares as percentages and keeps an untouched share exact', () => {
    expect(shownValue(TARGETS[3]!)).toBe(33.3333);
    const parsed = targetsFormSchema(TARGETS).parse({ targets: targetFormValues(TARGETS) });
    expect(parsed.targets[3]!.value).toBe(1 / 3);
    expect(parsed.targets[4]!.value).toBe(0.9);
    expect(parsed.targets[0]!.value).toBe(20);
  });

  it('turns a changed percentage into a share', () => {
    const values = targetFormValues(TARGETS);
    values[4] = { ...values[4]!, value: 85 };
    expect(targetsFormSchema(TARGETS).parse({ targets: values }).targets[4]!.value).toBe(0.85);
  });

  it('reports the contract rules at the field of the row', () => {
    const values = targetFormValues(TARGETS);
    values[1] = { ...values[1]!, targetYear: 2020 };
    values[3] = { ...values[3]!, value: 150 };
    const result = targetsFormSchema(TARGETS).safeParse({ targets: values });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['targets.1.targetYear', 'targets.3.value']);
  });
});
