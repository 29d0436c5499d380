import { ErrorResponse, ImportQuery, ImportReport, ImportRequest, MAX_IMPORT_FILE_CHARS } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorOf } from '../access-log/access-log.service';
import { actorContext } from '../../http/request-context';
import { importPolicy } from './import.policy';
import type { ImportService } from './import.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 413: ErrorResponse };

/** HTTP routes of the bulk import (the admin upload screen). */
export function importRoutes(imports: ImportService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/imports',
      {
        config: { policy: importPolicy.run },
        // Four CSV texts of at most MAX_IMPORT_FILE_CHARS each, plus JSON quoting.
        bodyLimit: 4 * MAX_IMPORT_FILE_CHARS + 1_048_576,
        schema: {
          tags: ['import'],
          summary: 'Import CSV files into the region (IMPORT.md); ?dryRun=true validates only',
          description:
            'Answers 200 with the validation report. ok=false: nothing was written; problems lists every ' +
            'problem as "file:line: column: reason".',
          querystring: ImportQuery,
          body: ImportRequest,
          response: { 200: ImportReport, ...errors },
        },
      },
      (request) => {
        const ctx = actorContext(request);
        const files = Object.entries(request.body.files)
          .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
          .map(([name, text]) => ({ name, size: text.length, open: () => text }));
        return imports.run(authorOf(ctx), ctx.actor.regionSlug, files, { dryRun: request.query.dryRun });
      },
    );
  };
}
