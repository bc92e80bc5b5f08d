import { InvalidStoreArgumentError } from './errors.js';
import type { LeaseFence, LeaseRequest } from './graph-store.js';
import { assertNonEmptyString } from './validation.js';

/** Bounds of the lease arguments, the same in every store. */
export const LEASE_LIMITS = {
  /** Characters of a lease's name and of a holder id. */
  maxNameLength: 200,
  /** A day: a lease longer than that is a lock nobody can take over. */
  maxTtlMs: 86_400_000,
} as const;

function assertBoundedName(value: unknown, field: string): asserts value is string {
  assertNonEmptyString(value, field);
  if (value.length > LEASE_LIMITS.maxNameLength) {
    throw new InvalidStoreArgumentError(field, `must be at most ${LEASE_LIMITS.maxNameLength} characters`);
  }
}

export function validateLeaseRequest(request: LeaseRequest): void {
  assertBoundedName(request?.name, 'name');
  assertBoundedName(request.holder, 'holder');
  if (!Number.isInteger(request.ttlMs) || request.ttlMs < 1 || request.ttlMs > LEASE_LIMITS.maxTtlMs) {
    throw new InvalidStoreArgumentError('ttlMs', `must be an integer from 1 to ${LEASE_LIMITS.maxTtlMs}`);
  }
}

export function validateLeaseToken(token: unknown, field: string): asserts token is number {
  if (typeof token !== 'number' || !Number.isSafeInteger(token) || token < 1) {
    throw new InvalidStoreArgumentError(field, 'must be a positive integer');
  }
}

export function validateRelease(name: string, holder: string, token: number): void {
  assertBoundedName(name, 'name');
  assertBoundedName(holder, 'holder');
  validateLeaseToken(token, 'token');
}

/** A fence, when given, names a lease and a token; checked before anything is written. */
export function validateFence(fence: LeaseFence | undefined): void {
  if (fence === undefined) return;
  assertBoundedName(fence?.lease, 'fence.lease');
  validateLeaseToken(fence.token, 'fence.token');
}
