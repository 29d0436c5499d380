import { SOME_ID, describeForbiddenMatrix } from '../../test/forbidden-matrix';

const outflow = ['access_officer', 'provider_staff'] as const;

describeForbiddenMatrix('outflow and housing requests', [
  { method: 'GET', url: '/api/v1/outflow', allowed: [...outflow] },
  { method: 'POST', url: '/api/v1/outflow', body: { stayId: SOME_ID, readyOn: '2026-01-01' }, allowed: [...outflow] },
  {
    method: 'POST',
    url: `/api/v1/outflow/${SOME_ID}/housing-request`,
    body: { corporationId: SOME_ID, contactName: 'x', contactPhone: '1', householdSize: 1 },
    allowed: [...outflow],
  },
  { method: 'GET', url: '/api/v1/housing-requests', allowed: ['housing_officer'] },
  { method: 'GET', url: `/api/v1/housing-requests/${SOME_ID}`, allowed: ['housing_officer'] },
  {
    method: 'POST',
    url: `/api/v1/housing-requests/${SOME_ID}/offer`,
    body: { offeredAddress: 'x' },
    allowed: ['housing_officer'],
  },
  {
    method: 'POST',
    url: `/api/v1/housing-requests/${SOME_ID}/housed`,
    body: { housedOn: '2026-01-01' },
    allowed: ['housing_officer'],
  },
]);
