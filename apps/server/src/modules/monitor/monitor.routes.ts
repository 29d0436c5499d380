import { ErrorResponse, MonitorDashboard, MonitorQuery, PopulationList, PopulationQuery } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import type { MonitorDashboardService } from './dashboard.service';
import { exportDocument } from './export-sections';
import { toCsv, toXlsx } from './export-files';
import { monitorPolicy } from './monitor.policy';
import type { MonitorPopulationService } from './population.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const tags = ['monitor'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** HTTP routes of the regional monitor: dashboard, exports and the access officer's drill-down. */
export function monitorRoutes(
  dashboard: MonitorDashboardService,
  population: MonitorPopulationService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/monitor/dashboard',
      {
        config: { policy: monitorPolicy.view },
        schema: {
          tags,
          summary: 'Indicators against baseline and target, trends, municipalities and young adults',
          querystring: MonitorQuery,
          response: { 200: MonitorDashboard, ...errors },
        },
      },
      (request) => dashboard.dashboard(actorContext(request), request.query),
    );

    app.get(
      '/monitor/export.csv',
      {
        config: { policy: monitorPolicy.view },
        schema: { tags, summary: 'The dashboard as CSV ("<5" = suppressed)', querystring: MonitorQuery },
      },
      async (request, reply) => {
        const content = toCsv(exportDocument(await dashboard.dashboard(actorContext(request), request.query)));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName(request.query, 'csv')}"`)
          .header('cache-control', 'no-store')
          .send(content);
      },
    );

    app.get(
      '/monitor/export.xlsx',
      {
        config: { policy: monitorPolicy.view },
        schema: { tags, summary: 'The dashboard as an XLSX workbook ("<5" = suppressed)', querystring: MonitorQuery },
      },
      async (request, reply) => {
        const content = await toXlsx(exportDocument(await dashboard.dashboard(actorContext(request), request.query)));
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${fileName(request.query, 'xlsx')}"`)
          .header('cache-control', 'no-store')
          .send(content);
      },
    );

    app.get(
      '/monitor/population',
      {
        config: { policy: monitorPolicy.population },
        schema: {
          tags,
          summary: 'The persons behind one figure (access officers; every person shown is logged)',
          querystring: PopulationQuery,
          response: { 200: PopulationList, ...errors },
        },
      },
      (request) => population.population(actorContext(request), request.query),
    );
  };
}

/** monitor-2025-01-01-2024[-GM0150][-18-27].csv: safe characters only (validated query values). */
function fileName(query: MonitorQuery, extension: string): string {
  const parts = ['monitor', query.date, String(query.year), query.municipality, query.ageGroup].filter(Boolean);
  return `${parts.join('-')}.${extension}`;
}
