import { requireRole } from '../../http/policy';

/** Who may read the outbox: the meldpunt only, as it holds reporters' addresses (ACCESS.md). */
export const outboxPolicy = { read: requireRole('outbox.read', 'meldpunt_operator') };
