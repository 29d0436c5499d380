import { describeForbiddenMatrix, SOME_ID } from '../../test/forbidden-matrix';

describeForbiddenMatrix('placements', [
  { method: 'GET', url: '/api/v1/placements/free-places', allowed: ['access_officer'] },
  {
    method: 'GET',
    url: `/api/v1/placements/suggestions?locationId=${SOME_ID}&service=beschermd_wonen`,
    allowed: ['access_officer'],
  },
  { method: 'GET', url: '/api/v1/offers', allowed: ['access_officer', 'provider_staff'] },
  { method: 'GET', url: `/api/v1/offers/${SOME_ID}`, allowed: ['access_officer', 'provider_staff'] },
  {
    method: 'POST',
    url: '/api/v1/offers',
    body: { waitlistEntryId: SOME_ID, locationId: SOME_ID, proposedStartOn: '2030-01-01' },
    allowed: ['access_officer'],
  },
  { method: 'POST', url: `/api/v1/offers/${SOME_ID}/withdraw`, body: {}, allowed: ['access_officer'] },
  { method: 'POST', url: `/api/v1/offers/${SOME_ID}/accept`, body: {}, allowed: ['provider_staff'] },
  {
    method: 'POST',
    url: `/api/v1/offers/${SOME_ID}/decline`,
    body: { reason: 'Geen plek' },
    allowed: ['provider_staff'],
  },
]);
