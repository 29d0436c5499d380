import type { FieldErrors, ReportFormValues } from './model';

/** What every step of the form gets: the values, a way to change some of them, and the errors. */
export interface StepProps {
  values: ReportFormValues;
  onChange: (patch: Partial<ReportFormValues>) => void;
  errors: FieldErrors;
}
