let expired = false;

/** Note that the server said the session ended while someone was working. */
export function markSessionExpired(): void {
  expired = true;
}

/** True when the last sign-out happened because the session ended (not by choice). */
export function wasSessionExpired(): boolean {
  return expired;
}

/** Forget the expiry note (after signing in again). */
export function clearSessionExpired(): void {
  expired = false;
}
