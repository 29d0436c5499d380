import { describeForbiddenMatrix, SOME_ID } from '../../test/forbidden-matrix';

describeForbiddenMatrix('capacity', [
  { method: 'GET', url: '/api/v1/services', allowed: ['provider_staff', 'access_officer', 'administrator'] },
  { method: 'PUT', url: '/api/v1/services/nachtopvang', body: { active: true }, allowed: ['administrator'] },
  { method: 'GET', url: '/api/v1/locations', allowed: ['provider_staff', 'access_officer', 'administrator'] },
  {
    method: 'POST',
    url: '/api/v1/locations',
    body: { organisationId: SOME_ID, name: 'Locatie', address: 'Brink 1', municipalityCode: 'GM0150' },
    allowed: ['administrator'],
  },
  {
    method: 'GET',
    url: `/api/v1/locations/${SOME_ID}`,
    allowed: ['provider_staff', 'access_officer', 'administrator'],
  },
  {
    method: 'PATCH',
    url: `/api/v1/locations/${SOME_ID}`,
    body: { active: true },
    allowed: ['provider_staff', 'administrator'],
  },
  {
    method: 'POST',
    url: `/api/v1/locations/${SOME_ID}/capacity`,
    body: { service: 'nachtopvang', places: 1, validFrom: '2026-01-01' },
    allowed: ['provider_staff', 'administrator'],
  },
  { method: 'GET', url: '/api/v1/occupancy', allowed: ['provider_staff', 'access_officer'] },
]);
