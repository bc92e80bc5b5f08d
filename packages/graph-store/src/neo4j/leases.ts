import type { ManagedTransaction } from 'neo4j-driver';
import { LeaseLostError } from '../errors.js';
import type { Lease, LeaseFence, LeaseRequest } from '../graph-store.js';
import { validateLeaseRequest, validateRelease } from '../lease-validation.js';
import {
  acquireLease as acquireStatement,
  leaseToken,
  lockExistingLease,
  lockLease,
  releaseLease as releaseStatement,
} from './lease-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';
import type { StoreContext } from './store-context.js';

interface LeaseRow {
  name: string;
  holder: string;
  token: number;
  expiresAt: number;
}

export async function acquireLease(context: StoreContext, request: LeaseRequest): Promise<Lease | undefined> {
  validateLeaseRequest(request);
  const [row] = await context.sessions.write(async (tx) => {
    await runStatement(tx, lockLease(request.name));
    return runRows<LeaseRow>(tx, acquireStatement(request.name, request.holder, request.ttlMs));
  });
  if (row === undefined) return undefined;
  return { name: row.name, holder: row.holder, token: row.token, expiresAt: new Date(row.expiresAt).toISOString() };
}

export async function releaseLease(
  context: StoreContext,
  name: string,
  holder: string,
  token: number,
): Promise<boolean> {
  validateRelease(name, holder, token);
  const [row] = await context.sessions.write(async (tx) => {
    await runStatement(tx, lockLease(name));
    return runRows<{ released: number }>(tx, releaseStatement(name, holder, token));
  });
  return (row?.released ?? 0) > 0;
}

/**
 * Checks a fence in the caller's write transaction, before its work: the token must be the lease's current one.
 * With `lock`, the lease's write lock is taken first and held to the commit, so that a takeover (which needs the same
 * lock) cannot commit between this check and the work's commit: for writes that delete or finish a job. Without it
 * the check is a plain read in the same transaction (a takeover may commit while the work runs: for upserts, which a
 * later sync writes again anyway).
 */
export async function checkFence(tx: ManagedTransaction, fence: LeaseFence, lock: boolean): Promise<void> {
  if (lock) await runStatement(tx, lockExistingLease(fence.lease));
  const [row] = await runRows<{ token: number }>(tx, leaseToken(fence.lease));
  if (row?.token !== fence.token) throw new LeaseLostError(fence.lease, fence.token, row?.token);
}
