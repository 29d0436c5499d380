import { SOME_ID, describeForbiddenMatrix } from '../../test/forbidden-matrix';

describeForbiddenMatrix('veldtafel', [
  { method: 'GET', url: '/api/v1/case-conferences', allowed: ['access_officer'] },
  {
    method: 'POST',
    url: '/api/v1/case-conferences',
    body: { title: 'x', heldOn: '2026-01-01' },
    allowed: ['access_officer'],
  },
  { method: 'GET', url: `/api/v1/case-conferences/${SOME_ID}`, allowed: ['access_officer'] },
  {
    method: 'POST',
    url: `/api/v1/case-conferences/${SOME_ID}/items`,
    body: { personId: SOME_ID, reason: 'manual', note: 'x' },
    allowed: ['access_officer'],
  },
  {
    method: 'PATCH',
    url: `/api/v1/case-conferences/${SOME_ID}/items/${SOME_ID}`,
    body: { decision: 'x' },
    allowed: ['access_officer'],
  },
  {
    method: 'POST',
    url: `/api/v1/case-conferences/${SOME_ID}/items/${SOME_ID}/actions`,
    body: { description: 'x' },
    allowed: ['access_officer'],
  },
  {
    method: 'PATCH',
    url: `/api/v1/case-conferences/${SOME_ID}/actions/${SOME_ID}`,
    body: { done: true },
    allowed: ['access_officer'],
  },
]);
