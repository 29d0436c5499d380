/** Dutch texts of the bulk import screen (functioneel beheer), B1. */
export const nlImport = {
  'nav.admin_import': 'Gegevens importeren',
  'home.tile.admin_import': 'Gegevens importeren',
  'home.area.admin_import': 'De geschiedenis van de regio inlezen uit CSV-bestanden.',

  'import.title': 'Gegevens importeren',
  'import.intro':
    'Lees de geschiedenis van de regio in uit CSV-bestanden: personen, wachtlijst, verblijven en uitstroom naar een woning. Alles wordt in één keer opgeslagen, of niets. Dezelfde bestanden opnieuw inlezen verandert niets.',
  'import.steps':
    'Kies de bestanden. Klik op "Controleren": dan ziet u alle fouten en wordt er niets opgeslagen. Zijn er geen fouten, klik dan op "Importeren".',
  'import.file.persons': 'Verplicht. Kolommen: person_ref, birth_date, municipality_code, bsn.',
  'import.file.waitlist': 'Kolommen: person_ref, service, listed_on, removed_on, removal_reason.',
  'import.file.stays': 'Kolommen: person_ref, service, provider_ref, started_on, ended_on, end_reason.',
  'import.file.housing': 'Kolommen: person_ref, ready_on, housed_on.',
  'import.check': 'Controleren',
  'import.run': 'Importeren',
  'import.personsNeeded': 'Kies eerst het bestand persons.csv.',
  'import.busy': 'Bezig met de bestanden…',
  'import.problems.title': 'De bestanden bevatten fouten',
  'import.problems.intro':
    'Er is niets opgeslagen. Elke regel noemt het bestand, het regelnummer, de kolom en de fout. Verbeter de bestanden en controleer opnieuw.',
  'import.problems.listLabel': 'Fouten in de bestanden',
  'import.checked': 'De bestanden zijn in orde. Er is nog niets opgeslagen: klik op "Importeren".',
  'import.done': 'De gegevens zijn geïmporteerd.',
  'import.counts.caption': 'Resultaat per bestand',
  'import.counts.captionChecked': 'Gecontroleerde regels per bestand',
  'import.counts.file': 'Bestand',
  'import.counts.rows': 'Regels',
  'import.counts.inserted': 'Nieuw',
  'import.counts.updated': 'Gewijzigd',
  'import.counts.unchanged': 'Ongewijzigd',
};
