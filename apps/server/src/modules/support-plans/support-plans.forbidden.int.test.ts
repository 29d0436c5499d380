import { SOME_ID, describeForbiddenMatrix } from '../../test/forbidden-matrix';

const allowed = ['access_officer', 'provider_staff'] as const;

describeForbiddenMatrix('support plans', [
  { method: 'GET', url: '/api/v1/support-plans', allowed: [...allowed] },
  { method: 'POST', url: '/api/v1/support-plans', body: { personId: SOME_ID }, allowed: [...allowed] },
  { method: 'GET', url: `/api/v1/support-plans/${SOME_ID}`, allowed: [...allowed] },
  {
    method: 'PUT',
    url: `/api/v1/support-plans/${SOME_ID}/coordinator`,
    body: { coordinatorUserId: SOME_ID },
    allowed: [...allowed],
  },
  {
    method: 'POST',
    url: `/api/v1/support-plans/${SOME_ID}/goals`,
    body: { lifeDomain: 'housing', description: 'x' },
    allowed: [...allowed],
  },
  {
    method: 'PATCH',
    url: `/api/v1/support-plans/${SOME_ID}/goals/${SOME_ID}`,
    body: { status: 'achieved' },
    allowed: [...allowed],
  },
  {
    method: 'POST',
    url: `/api/v1/support-plans/${SOME_ID}/reviews`,
    body: { reviewedOn: '2026-01-01', summary: 'x' },
    allowed: [...allowed],
  },
  {
    method: 'POST',
    url: `/api/v1/support-plans/${SOME_ID}/zrm-assessments`,
    body: { assessedOn: '2026-01-01', scores: {} },
    allowed: [...allowed],
  },
]);
