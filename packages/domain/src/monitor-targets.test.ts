import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MONITOR_TARGETS,
  MONITOR_TARGET_KEYS,
  monitorStatus,
  monthlyPeildata,
  progressFraction,
  targetValueOf,
  validateMonitorTarget,
  type MonitorTargetSetting,
} from './monitor-targets';

const target = (key: MonitorTargetSetting['key']) => DEFAULT_MONITOR_TARGETS.find((t) => t.key === key)!;

describe('default targets', () => {
  it('has one valid default per target, as the regiovisie sets them', () => {
    expect(DEFAULT_MONITOR_TARGETS.map((t) => t.key)).toEqual([...MONITOR_TARGET_KEYS]);
    for (const t of DEFAULT_MONITOR_TARGETS) expect(validateMonitorTarget(t)).toEqual([]);
    expect(target('bw_clients')).toMatchObject({ baselineDate: '2024-01-01', targetDate: '2027-01-01', value: 20 });
    expect(target('mo_clients')).toMatchObject({ baselineYear: 2023, targetYear: 2026, value: 20 });
    expect(target('mo_long_stay').value).toBeCloseTo(1 / 3, 12);
  });
});

describe('targetValueOf', () => {
  it('derives a reduction target from the baseline', () => {
    expect(targetValueOf(target('bw_clients'), 250)).toBe(200);
    expect(targetValueOf(target('bw_clients'), null)).toBeNull();
  });
  it('uses the threshold for fixed targets, with or without a baseline', () => {
    expect(targetValueOf(target('bw_wait'), 8.3)).toBe(3);
    expect(targetValueOf(target('housing_within_3_months'), null)).toBe(0.9);
  });
});

describe('monitorStatus', () => {
  const at = { date: '2025-07-02', year: 2025 };
  it('is met when the value reaches the target', () => {
    expect(monitorStatus(target('bw_clients'), { value: 199, baseline: 250, target: 200 }, at)).toBe('met');
    expect(monitorStatus(target('housing_within_3_months'), { value: 0.95, baseline: 0.5, target: 0.9 }, at)).toBe(
      'met',
    );
  });
  it('compares with the straight line from baseline to target', () => {
    // 2025-07-02 is exactly halfway between 2024-01-01 and 2027-01-01 (548 of 1096 days).
    expect(progressFraction(target('bw_clients'), at)).toBe(0.5);
    expect(monitorStatus(target('bw_clients'), { value: 225, baseline: 250, target: 200 }, at)).toBe('on_track');
    expect(monitorStatus(target('bw_clients'), { value: 226, baseline: 250, target: 200 }, at)).toBe('off_track');
    expect(monitorStatus(target('housing_within_3_months'), { value: 0.6, baseline: 0.5, target: 0.9 }, at)).toBe(
      'off_track',
    );
    expect(monitorStatus(target('housing_within_3_months'), { value: 0.7, baseline: 0.5, target: 0.9 }, at)).toBe(
      'on_track',
    );
  });
  it('uses years for the MO target and clamps before the baseline', () => {
    expect(progressFraction(target('mo_clients'), { date: '2025-01-01', year: 2024 })).toBeCloseTo(1 / 3, 12);
    expect(progressFraction(target('bw_clients'), { date: '2023-01-01', year: 2022 })).toBe(0);
  });
  it('has no status without a value, target or (when not met) baseline', () => {
    expect(monitorStatus(target('bw_clients'), { value: null, baseline: 250, target: 200 }, at)).toBe('no_data');
    expect(monitorStatus(target('bw_clients'), { value: 240, baseline: null, target: null }, at)).toBe('no_data');
    expect(monitorStatus(target('bw_wait'), { value: 5, baseline: null, target: 3 }, at)).toBe('no_data');
    expect(monitorStatus(target('bw_clients'), { value: 0, baseline: 0, target: 0 }, at)).toBe('no_data');
  });
});

describe('validateMonitorTarget', () => {
  it('refuses a target moment before the baseline and values out of range', () => {
    const bad = { ...target('bw_clients'), targetDate: '2023-01-01', value: 120 };
    expect(validateMonitorTarget(bad).map((p) => p.path)).toEqual(['targetDate', 'value']);
    expect(validateMonitorTarget({ ...target('mo_clients'), targetYear: 2023 })[0]?.path).toBe('targetYear');
    expect(validateMonitorTarget({ ...target('mo_long_stay'), value: 1.5 })[0]?.path).toBe('value');
    expect(validateMonitorTarget({ ...target('bw_wait'), baselineDate: null })[0]?.path).toBe('baselineDate');
  });
});

describe('monthlyPeildata', () => {
  it('lists the first days of the months up to the peildatum, across a year boundary', () => {
    expect(monthlyPeildata('2025-02-17', 3)).toEqual(['2024-12-01', '2025-01-01', '2025-02-01']);
    expect(monthlyPeildata('2025-02-01', 12)).toHaveLength(12);
  });
});
