import { ErrorResponse, MonitorTargetList, ReplaceMonitorTargetsRequest } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { monitorPolicy } from './monitor.policy';
import type { MonitorTargetsService } from './targets.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const tags = ['monitor'];

/** HTTP routes for the regiovisie's targets of the region (functioneel beheer). */
export function monitorTargetsRoutes(service: MonitorTargetsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/monitor/targets',
      {
        config: { policy: monitorPolicy.readTargets },
        schema: { tags, summary: 'Targets of the region', response: { 200: MonitorTargetList, ...errors } },
      },
      (request) => service.list(actorContext(request)),
    );
    app.put(
      '/monitor/targets',
      {
        config: { policy: monitorPolicy.editTargets },
        schema: {
          tags,
          summary: 'Replace the targets of the region (each target once)',
          body: ReplaceMonitorTargetsRequest,
          response: { 200: MonitorTargetList, ...errors },
        },
      },
      (request) => service.replace(actorContext(request), request.body),
    );
  };
}
