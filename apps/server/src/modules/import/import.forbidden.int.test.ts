import { describeForbiddenMatrix } from '../../test/forbidden-matrix';

describeForbiddenMatrix('import', [
  {
    method: 'POST',
    url: '/api/v1/imports?dryRun=true',
    body: { files: { 'persons.csv': 'person_ref,birth_date,municipality_code\n' } },
    allowed: ['administrator'],
  },
]);
