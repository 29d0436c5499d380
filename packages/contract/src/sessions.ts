import { z } from 'zod';
import { code } from './primitives';

/** One of the signed-in user's active sessions, as "Mijn sessies" shows it (no token, no IP address). */
export const OwnSession = z
  .object({
    id: z.string().describe('A handle for ending this session; not its token'),
    current: z.boolean().describe('The session of this request'),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    browser: z.string().nullable().describe('Browser named by the user agent, if recognised'),
    system: z.string().nullable().describe('Operating system named by the user agent, if recognised'),
  })
  .meta({ id: 'OwnSession' });
export type OwnSession = z.infer<typeof OwnSession>;

/** The signed-in user's active sessions, the current one first. */
export const OwnSessionList = z.object({ items: z.array(OwnSession) });
export type OwnSessionList = z.infer<typeof OwnSessionList>;

/** The handle of one own session in a path. */
export const OwnSessionParams = z.object({ id: code(/^[A-Za-z0-9_-]{22}$/, 'invalid_session_id') });

/** How many sessions were ended. */
export const EndedSessions = z.object({ ended: z.number().int() });
export type EndedSessions = z.infer<typeof EndedSessions>;
