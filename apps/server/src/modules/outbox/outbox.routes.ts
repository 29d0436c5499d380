import { ErrorResponse, OutboxList, PageQuery } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { outboxPolicy } from './outbox.policy';
import type { OutboxService } from './outbox.service';

/** HTTP routes of the e-mail outbox. */
export function outboxRoutes(service: OutboxService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/outbox',
      {
        config: { policy: outboxPolicy.read },
        schema: {
          tags: ['outbox'],
          summary: 'E-mails to reporters (in the demo shown here instead of sent)',
          querystring: PageQuery,
          response: { 200: OutboxList, 403: ErrorResponse },
        },
      },
      (request) => service.list(actorContext(request), request.query.page, request.query.pageSize),
    );
  };
}
