import net from 'node:net';

/** What postgres.js passes to a custom socket factory (its parsed connection options). */
export interface SocketTarget {
  host: string[];
  port: number[];
  path?: string | false;
}

/**
 * A TCP (or Unix) socket to the database with Nagle's algorithm off, for postgres.js's
 * `socket` option. postgres.js sends a COPY's closing CopyDone message as its own 5-byte
 * write right after the data; with Nagle on, the kernel holds it until the server's delayed
 * ACK (40 ms on Linux) — a fixed 40 ms for every COPY, more than the COPY itself for a region.
 * Only the first host of a multi-host URL is used.
 */
export function noDelaySocket(target: SocketTarget): net.Socket {
  if (target.path) return net.connect({ path: target.path });
  return net.connect({ host: target.host[0] ?? 'localhost', port: target.port[0] ?? 5432, noDelay: true });
}
