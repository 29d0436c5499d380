import { ErrorResponse, IndicatorQuery, IndicatorResponse } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { perUserRateLimit } from '../../http/rate-limits';
import { actorContext } from '../../http/request-context';
import { indicatorsPolicy } from './indicators.policy';
import type { IndicatorsService } from './indicators.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse };

/** HTTP route for the indicators of INDICATORS.md. */
export function indicatorsRoutes(service: IndicatorsService, rateLimitPerMinute: number): FastifyPluginAsyncZod {
  const rateLimit = perUserRateLimit(rateLimitPerMinute);
  return async (app) => {
    app.get(
      '/indicators',
      {
        config: { policy: indicatorsPolicy.read, rateLimit },
        schema: {
          tags: ['indicators'],
          summary: 'All indicators of the own region for one peildatum and one year (INDICATORS.md)',
          description:
            'Access officers receive the exact IndicatorResult. Policy analysts receive a PublishedIndicatorResult: ' +
            'the same keys, but every count of 1 to 4 persons is null (suppressed, ACCESS.md), and so is a mean or ' +
            'share over fewer than 5 persons or a share whose numerator is suppressed. 0 stays 0. Filters select ' +
            'persons: `municipality` on the gemeente van herkomst, `ageGroup` on age at the peildatum (for the year ' +
            'indicator: on 31 December of `year`).',
          querystring: IndicatorQuery,
          response: { 200: IndicatorResponse, ...errors },
        },
      },
      (request) => service.forActor(actorContext(request), request.query),
    );
  };
}
