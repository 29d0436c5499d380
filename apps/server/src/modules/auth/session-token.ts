import { createHash, randomBytes } from 'node:crypto';

/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'springplank_session';

/** A new random token (256 bits, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The id under which a session token is stored: its SHA-256, so a database leak holds no tokens. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
