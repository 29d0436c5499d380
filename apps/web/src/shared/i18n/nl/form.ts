/** Dutch texts of the shared form layer (shared/ui/form). */
export const nlForm = {
  'form.summary.title': 'Er is iets niet goed ingevuld',
  'form.summary.intro': 'Verbeter het volgende:',
  'form.choose': 'Kies…',
} as const;
