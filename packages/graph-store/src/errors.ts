/** Stable codes of the graph store's errors; the services map them to transport statuses. */
export type GraphStoreErrorCode =
  'INVALID_ARGUMENT' | 'NOT_FOUND' | 'RESOURCE_EXHAUSTED' | 'STORE_UNAVAILABLE' | 'LEASE_LOST';

/** Base of every store error: a stable `code` and a message built from ids and names only. */
export abstract class GraphStoreError extends Error {
  abstract readonly code: GraphStoreErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An argument is malformed; `field` names it (`filter.properties[0].property`, `query.depth`, `resources[3].kind`). */
export class InvalidStoreArgumentError extends GraphStoreError {
  readonly code = 'INVALID_ARGUMENT';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** A query went over one of the limits only running it shows (SEARCH_LIMITS: `timeMs`, `groups`, `sortedOffset`). */
export class StoreLimitError extends GraphStoreError {
  readonly code = 'RESOURCE_EXHAUSTED';
  constructor(
    readonly limit: string,
    reason: string,
  ) {
    super(`${limit}: ${reason}`);
  }
}

/** The named entity does not exist (for example the start of a neighbour query). */
export class StoreNotFoundError extends GraphStoreError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: 'resource' | 'job',
    readonly id: string,
  ) {
    super(`${entity} not found: ${id}`);
  }
}

/** The backing database cannot be reached or opened. */
export class StoreUnavailableError extends GraphStoreError {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(
    readonly store: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${store} store unavailable: ${reason}`, options);
  }
}

/**
 * A fenced write was refused: its token is no longer the lease's current one (another holder took the lease, or it
 * was released). Nothing of the write was stored; the writer must stop acting for the lease.
 */
export class LeaseLostError extends GraphStoreError {
  readonly code = 'LEASE_LOST';
  constructor(
    readonly lease: string,
    readonly token: number,
    readonly currentToken: number | undefined,
  ) {
    super(`lease ${lease}: token ${token} is no longer current (now ${currentToken ?? 'none'})`);
  }
}
