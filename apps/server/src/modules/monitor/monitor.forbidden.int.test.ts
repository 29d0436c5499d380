import { DEFAULT_MONITOR_TARGETS } from '@springplank/domain';
import { describeForbiddenMatrix } from '../../test/forbidden-matrix';

const query = 'date=2025-01-01&year=2024';

describeForbiddenMatrix('monitor', [
  { method: 'GET', url: `/api/v1/monitor/dashboard?${query}`, allowed: ['policy_analyst', 'access_officer'] },
  { method: 'GET', url: `/api/v1/monitor/export.csv?${query}`, allowed: ['policy_analyst', 'access_officer'] },
  { method: 'GET', url: `/api/v1/monitor/export.xlsx?${query}`, allowed: ['policy_analyst', 'access_officer'] },
  {
    method: 'GET',
    url: `/api/v1/monitor/population?figure=bwClients.total&${query}`,
    allowed: ['access_officer'],
  },
  {
    method: 'GET',
    url: '/api/v1/monitor/targets',
    allowed: ['administrator', 'policy_analyst', 'access_officer'],
  },
  {
    method: 'PUT',
    url: '/api/v1/monitor/targets',
    body: { targets: DEFAULT_MONITOR_TARGETS },
    allowed: ['administrator'],
  },
]);
