import { describeForbiddenMatrix } from '../../test/forbidden-matrix';

describeForbiddenMatrix('indicators', [
  { method: 'GET', url: '/api/v1/indicators?date=2024-01-01&year=2023', allowed: ['policy_analyst', 'access_officer'] },
]);
