import type { Database, Statement } from 'better-sqlite3';
import { LeaseLostError } from '../errors.js';
import type { Lease, LeaseFence, LeaseRequest } from '../graph-store.js';
import { validateFence, validateLeaseRequest, validateRelease } from '../lease-validation.js';

interface LeaseRow {
  name: string;
  holder: string | null;
  token: number;
  expires_at: number | null;
  now: number;
}

/** The store's clock in epoch milliseconds: SQLite's, as Neo4j's timestamp() is the server's. */
const NOW_MS = "CAST(ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER)";

/**
 * Leases of the embedded store. Only one process opens the file, so a lease here never changes hands between
 * processes; the API is the same as on Neo4j (one holder, a fencing token, expiry by the store's clock) so that the
 * same inventory runs on both. Each decision is one synchronous transaction, and a fence is checked in the same
 * synchronous call as the write it guards: nothing can run between the two.
 */
export class SqliteLeases {
  private readonly select: Statement<[string], LeaseRow>;
  private readonly upsert: Statement<[string, string, number, number]>;
  private readonly release: Statement<[string, string, number]>;
  readonly acquire: (request: LeaseRequest) => Lease | undefined;

  constructor(readonly db: Database) {
    this.select = db.prepare(`SELECT name, holder, token, expires_at, ${NOW_MS} AS now FROM leases WHERE name = ?`);
    this.upsert = db.prepare(
      `INSERT INTO leases (name, holder, token, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = excluded.token,
         expires_at = excluded.expires_at`,
    );
    this.release = db.prepare(
      'UPDATE leases SET holder = NULL, expires_at = NULL WHERE name = ? AND holder = ? AND token = ?',
    );
    this.acquire = db.transaction((request: LeaseRequest) => {
      const row = this.select.get(request.name);
      const now = row?.now ?? (db.prepare(`SELECT ${NOW_MS} AS now`).get() as { now: number }).now;
      const isMine = row?.holder === request.holder;
      const isFree = row === undefined || row.holder === null || (row.expires_at ?? 0) <= now;
      if (!isMine && !isFree) return undefined;
      const token = isMine ? row.token : (row?.token ?? 0) + 1;
      const expiresAt = now + request.ttlMs;
      this.upsert.run(request.name, request.holder, token, expiresAt);
      return { name: request.name, holder: request.holder, token, expiresAt: new Date(expiresAt).toISOString() };
    });
  }

  acquireLease(request: LeaseRequest): Lease | undefined {
    validateLeaseRequest(request);
    return this.acquire(request);
  }

  releaseLease(name: string, holder: string, token: number): boolean {
    validateRelease(name, holder, token);
    return this.release.run(name, holder, token).changes > 0;
  }

  /** Throws LeaseLostError unless the fence's token is the lease's current one; no fence: nothing to check. */
  assertFence(fence: LeaseFence | undefined): void {
    validateFence(fence);
    if (fence === undefined) return;
    const current = this.select.get(fence.lease)?.token;
    if (current !== fence.token) throw new LeaseLostError(fence.lease, fence.token, current);
  }
}
