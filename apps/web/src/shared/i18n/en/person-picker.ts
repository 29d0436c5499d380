import type { nlPersonPicker } from '../nl/person-picker';

/** English texts of the one person picker (access applications, shelter intake, triage). */
export const enPersonPicker: Record<keyof typeof nlPersonPicker, string> = {
  'personPicker.title': 'Find a person',
  'personPicker.q': 'Name or address',
  'personPicker.qOrBsn': 'Search by name or BSN',
  'personPicker.bsn': 'BSN (citizen service number)',
  'personPicker.birthDate': 'Date of birth',
  'personPicker.search': 'Search',
  'personPicker.needQuery': 'Enter a name (at least 2 characters), a BSN or a date of birth.',
  'personPicker.bsnInvalid': 'A BSN has 9 digits.',
  'personPicker.found.one': '1 person found',
  'personPicker.found.other': '{count} persons found',
  'personPicker.none': 'No person found. Search differently, or fill in a new person below.',
  'personPicker.choose': 'Choose {name}',
};
