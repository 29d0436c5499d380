import {
  ErrorResponse,
  MonitorCsvQuery,
  MonitorDashboard,
  MonitorQuery,
  PopulationList,
  PopulationQuery,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { perUserRateLimit } from '../../http/rate-limits';
import { actorContext } from '../../http/request-context';
import type { MonitorDashboardService } from './dashboard.service';
import { toCsv } from './export-csv';
import { toXlsx } from './export-files';
import { exportDocument } from './export-sections';
import { monitorPolicy } from './monitor.policy';
import type { MonitorPopulationService } from './population.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse };
const tags = ['monitor'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** HTTP routes of the regional monitor: dashboard, exports and the access officer's drill-down. */
export function monitorRoutes(
  dashboard: MonitorDashboardService,
  population: MonitorPopulationService,
  rateLimitPerMinute: number,
): FastifyPluginAsyncZod {
  const rateLimit = perUserRateLimit(rateLimitPerMinute);
  return async (app) => {
    app.get(
      '/monitor/dashboard',
      {
        config: { policy: monitorPolicy.view, rateLimit },
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
        config: { policy: monitorPolicy.view, rateLimit },
        schema: {
          tags,
          summary: 'The dashboard as CSV, one line per figure',
          description:
            '`variant=excel` (default): Dutch spreadsheet — semicolons, decimal comma, UTF-8 BOM, values ' +
            'rounded as on screen (shares in percent), "afgeschermd" where suppressed. `variant=rfc4180`: ' +
            'commas, dots, unrounded values (shares 0–1), empty value with `value_status` saying why.',
          querystring: MonitorCsvQuery,
        },
      },
      async (request, reply) => {
        const { variant, ...query } = request.query;
        const content = toCsv(await dashboard.dashboard(actorContext(request), query), variant);
        const machine = variant === 'rfc4180';
        return reply
          .header('content-type', `text/csv; charset=utf-8${machine ? '; header=present' : ''}`)
          .header('content-disposition', `attachment; filename="${fileName(query, 'csv', machine ? variant : null)}"`)
          .header('cache-control', 'no-store')
          .send(content);
      },
    );

    app.get(
      '/monitor/export.xlsx',
      {
        config: { policy: monitorPolicy.view, rateLimit },
        schema: {
          tags,
          summary: 'The dashboard as an XLSX workbook (unrounded values with display formats)',
          querystring: MonitorQuery,
        },
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
        config: { policy: monitorPolicy.population, rateLimit },
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

/** monitor-2025-01-01-2024[-GM0150][-18-27][-rfc4180].csv: safe characters only (validated query values). */
function fileName(query: MonitorQuery, extension: string, variant: string | null = null): string {
  const parts = ['monitor', query.date, String(query.year), query.municipality, query.ageGroup, variant].filter(
    Boolean,
  );
  return `${parts.join('-')}.${extension}`;
}
