import type { nlImport } from '../nl/import';

/** English texts of the bulk import screen. */
export const enImport: Record<keyof typeof nlImport, string> = {
  'nav.admin_import': 'Import data',
  'home.tile.admin_import': 'Import data',
  'home.area.admin_import': "Load the region's history from CSV files.",

  'import.title': 'Import data',
  'import.intro':
    "Load the region's history from CSV files: persons, waiting list, stays and outflow to a home. Everything is saved at once, or nothing. Importing the same files again changes nothing.",
  'import.steps':
    'Choose the files. Click "Check": you see every problem and nothing is saved. When there are no problems, click "Import".',
  'import.file.persons': 'Required. Columns: person_ref, birth_date, municipality_code, bsn.',
  'import.file.waitlist': 'Columns: person_ref, service, listed_on, removed_on, removal_reason.',
  'import.file.stays': 'Columns: person_ref, service, provider_ref, started_on, ended_on, end_reason.',
  'import.file.housing': 'Columns: person_ref, ready_on, housed_on.',
  'import.check': 'Check',
  'import.run': 'Import',
  'import.personsNeeded': 'Choose the file persons.csv first.',
  'import.busy': 'Working on the files…',
  'import.problems.title': 'The files contain problems',
  'import.problems.intro':
    'Nothing was saved. Each line names the file, the line number, the column and the problem. Correct the files and check again.',
  'import.problems.listLabel': 'Problems in the files',
  'import.checked': 'The files are fine. Nothing has been saved yet: click "Import".',
  'import.done': 'The data have been imported.',
  'import.counts.caption': 'Result per file',
  'import.counts.captionChecked': 'Checked lines per file',
  'import.counts.file': 'File',
  'import.counts.rows': 'Lines',
  'import.counts.inserted': 'New',
  'import.counts.updated': 'Changed',
  'import.counts.unchanged': 'Unchanged',
};
