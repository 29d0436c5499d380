import { DeadlineRulesBody, ErrorResponse, ReplaceRoutingRulesRequest, RoutingRuleList } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import type { MeldpuntSettingsService } from './settings.service';
import { triagePolicy } from './triage.policy';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const config = { policy: triagePolicy.configure };
const tags = ['meldpunt settings'];

/** HTTP routes for routing and deadline rules (functioneel beheer). */
export function meldpuntSettingsRoutes(service: MeldpuntSettingsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/routing-rules',
      {
        config,
        schema: { tags, summary: 'Routing rules of the region', response: { 200: RoutingRuleList, ...errors } },
      },
      (request) => service.routingRules(actorContext(request)),
    );
    app.put(
      '/routing-rules',
      {
        config,
        schema: {
          tags,
          summary: 'Replace the routing rules',
          body: ReplaceRoutingRulesRequest,
          response: { 200: RoutingRuleList, ...errors },
        },
      },
      (request) => service.replaceRoutingRules(actorContext(request), request.body),
    );
    app.get(
      '/deadline-rules',
      {
        config,
        schema: {
          tags,
          summary: 'Deadlines per urgency (working days)',
          response: { 200: DeadlineRulesBody, ...errors },
        },
      },
      (request) => service.deadlineRules(actorContext(request)),
    );
    app.put(
      '/deadline-rules',
      {
        config,
        schema: {
          tags,
          summary: 'Replace the deadlines per urgency',
          body: DeadlineRulesBody,
          response: { 200: DeadlineRulesBody, ...errors },
        },
      },
      (request) => service.replaceDeadlineRules(actorContext(request), request.body),
    );
  };
}
