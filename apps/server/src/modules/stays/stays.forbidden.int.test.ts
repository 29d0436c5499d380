import { describeForbiddenMatrix, SOME_ID } from '../../test/forbidden-matrix';

describeForbiddenMatrix('stays', [
  { method: 'GET', url: '/api/v1/stays', allowed: ['provider_staff', 'access_officer'] },
  { method: 'GET', url: `/api/v1/stays/${SOME_ID}`, allowed: ['provider_staff', 'access_officer'] },
  {
    method: 'POST',
    url: `/api/v1/stays/${SOME_ID}/end`,
    body: { endedOn: '2026-01-01', reason: 'other' },
    allowed: ['provider_staff', 'access_officer'],
  },
  {
    method: 'POST',
    url: '/api/v1/shelter/intake',
    body: { personId: SOME_ID, locationId: SOME_ID, service: 'nachtopvang', startedOn: '2026-01-01' },
    allowed: ['provider_staff', 'access_officer'],
  },
  { method: 'GET', url: '/api/v1/shelter/persons?q=Jan', allowed: ['provider_staff', 'access_officer'] },
]);
