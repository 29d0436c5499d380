import { MonitorTargetInput, ReplaceMonitorTargetsRequest, type MonitorTarget } from '@springplank/contract';
import { z } from 'zod';

/** Shares are edited as percentages (33.3333), stored as fractions (0.3333…). */
export function shownValue(target: MonitorTarget): number {
  const value = target.unit === 'share' ? target.value * 100 : target.value;
  return Math.round(value * 10_000) / 10_000;
}

/** The form's starting values: the stored targets, shares as percentages. */
export function targetFormValues(targets: readonly MonitorTarget[]): z.input<typeof MonitorTargetInput>[] {
  return targets.map((target) => ({
    key: target.key,
    baselineDate: target.baselineDate,
    targetDate: target.targetDate,
    baselineYear: target.baselineYear,
    targetYear: target.targetYear,
    value: shownValue(target),
  }));
}

/**
 * The targets form: the contract's targets as typed (shares in percent), turned into the
 * replace request and checked by it — so the contract's rules per target (a target after its
 * baseline, a share up to 100 %) speak in the form. An untouched share keeps its exact stored
 * value (1/3 is not 33.3333 %).
 */
export function targetsFormSchema(stored: readonly MonitorTarget[]) {
  return z
    .object({ targets: z.array(MonitorTargetInput) })
    .transform(({ targets }) => ({
      targets: targets.map((input, index) => {
        const target = stored[index];
        if (!target || target.unit !== 'share') return input;
        return { ...input, value: input.value === shownValue(target) ? target.value : input.value / 100 };
      }),
    }))
    .pipe(ReplaceMonitorTargetsRequest);
}
