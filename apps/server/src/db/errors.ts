/** True when a database error (possibly wrapped by Drizzle) is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlStateOf(error) === '23505';
}

/** The SQLSTATE of a database error, looking through Drizzle's wrapper. */
export function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** postgres.js's own codes for a connection that broke or could not be made. */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/** True when statement_timeout cancelled the statement (57014): the request took too long, 503 DATABASE_TIMEOUT. */
export function isStatementTimeout(error: unknown): boolean {
  return sqlStateOf(error) === '57014';
}

/**
 * True when the database could not be reached or dropped the connection (a failover, a
 * restart, terminated backends, a transaction left idle past idle_in_transaction_session_timeout):
 * the request may be retried, so it is answered with 503.
 * SQLSTATE class 08 (connection exception), 57P01–57P03 (terminated, shutting down, cannot
 * connect now) and 25P03 (idle-in-transaction timeout); a statement timeout is not one.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlStateOf(error);
  if (state && (state.startsWith('08') || ['57P01', '57P02', '57P03', '25P03'].includes(state))) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
