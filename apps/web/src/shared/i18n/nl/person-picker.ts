/** Dutch texts of the one person picker (access applications, shelter intake, triage). */
export const nlPersonPicker = {
  'personPicker.title': 'Persoon zoeken',
  'personPicker.q': 'Naam of adres',
  'personPicker.qOrBsn': 'Zoek op naam of BSN',
  'personPicker.bsn': 'BSN',
  'personPicker.birthDate': 'Geboortedatum',
  'personPicker.search': 'Zoeken',
  'personPicker.needQuery': 'Vul een naam (minstens 2 tekens), een BSN of een geboortedatum in.',
  'personPicker.bsnInvalid': 'Een BSN heeft 9 cijfers.',
  'personPicker.found.one': '1 persoon gevonden',
  'personPicker.found.other': '{count} personen gevonden',
  'personPicker.none': 'Geen persoon gevonden. Zoek anders, of vul hieronder een nieuwe persoon in.',
  'personPicker.choose': 'Kies {name}',
};
