import type { nlForm } from '../nl/form';

/** English texts of the shared form layer (shared/ui/form). */
export const enForm: Record<keyof typeof nlForm, string> = {
  'form.summary.title': 'Something is not filled in correctly',
  'form.summary.intro': 'Please correct the following:',
  'form.choose': 'Choose…',
};
