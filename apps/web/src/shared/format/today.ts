import { dutchDateOf } from '@springplank/domain';

/** Today in the Netherlands as YYYY-MM-DD (the default of date fields). */
export function todayIso(): string {
  return dutchDateOf(new Date());
}
