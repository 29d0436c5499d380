import { describeForbiddenMatrix, SOME_ID } from '../../test/forbidden-matrix';

const motivation = 'Heeft begeleiding en toezicht nodig bij het wonen.';
const zrmScores = {
  finances: 2,
  work_education: 1,
  time_use: 2,
  housing: 1,
  domestic_relations: 3,
  mental_health: 2,
  physical_health: 3,
  substance_use: 2,
  basic_adl: 4,
  instrumental_adl: 2,
  social_network: 2,
  community_participation: 2,
  justice: 4,
};

describeForbiddenMatrix('access (applications, decisions, waiting list)', [
  {
    method: 'GET',
    url: '/api/v1/applications',
    allowed: ['outreach_worker', 'provider_staff', 'access_officer', 'local_access_officer'],
  },
  {
    method: 'GET',
    url: `/api/v1/applications/${SOME_ID}`,
    allowed: ['outreach_worker', 'provider_staff', 'access_officer', 'local_access_officer'],
  },
  {
    method: 'POST',
    url: '/api/v1/applications',
    body: { personId: SOME_ID, requestedService: 'beschermd_wonen', motivation },
    allowed: ['outreach_worker', 'provider_staff', 'access_officer', 'local_access_officer'],
  },
  {
    method: 'GET',
    url: `/api/v1/applications/prefill?caseId=${SOME_ID}`,
    allowed: ['outreach_worker', 'access_officer'],
  },
  {
    method: 'POST',
    url: `/api/v1/applications/${SOME_ID}/zrm`,
    body: { scores: zrmScores },
    allowed: ['access_officer', 'local_access_officer'],
  },
  {
    method: 'POST',
    url: `/api/v1/applications/${SOME_ID}/decision`,
    body: { outcome: 'refused', refusalReason: 'Geen indicatie' },
    allowed: ['access_officer'],
  },
  { method: 'GET', url: '/api/v1/access/persons?q=Jansen', allowed: ['access_officer', 'local_access_officer'] },
  {
    method: 'POST',
    url: '/api/v1/access/persons',
    body: { familyName: 'Jansen' },
    allowed: ['access_officer', 'local_access_officer'],
  },
  { method: 'GET', url: '/api/v1/waitlist', allowed: ['access_officer', 'local_access_officer'] },
  { method: 'GET', url: '/api/v1/waitlist/providers', allowed: ['access_officer'] },
  { method: 'GET', url: `/api/v1/waitlist/${SOME_ID}`, allowed: ['access_officer', 'local_access_officer'] },
  {
    method: 'POST',
    url: `/api/v1/waitlist/${SOME_ID}/interim-support`,
    body: { description: 'Intensieve ambulante begeleiding', startedOn: '2026-01-10' },
    allowed: ['access_officer'],
  },
  {
    method: 'POST',
    url: `/api/v1/waitlist/${SOME_ID}/interim-support/${SOME_ID}/end`,
    body: { endedOn: '2026-02-10' },
    allowed: ['access_officer'],
  },
  {
    method: 'POST',
    url: `/api/v1/waitlist/${SOME_ID}/remove`,
    body: { reason: 'withdrawn' },
    allowed: ['access_officer'],
  },
]);
