import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * The id this process holds the sync lease under: host, pid and a random part, so that a restarted process (same
 * host, maybe the same pid in a container) is never taken for the one before it.
 */
export function holderId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}
