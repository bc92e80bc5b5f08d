import { CodedError } from '@cloud-inventory/protocol';

/** A required field is missing from an AWS item: bad data fails its scope loudly instead of being stored half-empty. */
export class MappingError extends CodedError {
  readonly code = 'FAILED_PRECONDITION';
  constructor(readonly field: string) {
    super(`required field ${field} is missing`);
  }
}

/** The registry names no such service, kind or entry. */
export class RegistryLookupError extends CodedError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly what: 'service' | 'kind',
    readonly lookedUp: string,
  ) {
    super(`unknown ${what} ${lookedUp}`);
  }
}

/** A worker died or the pool refused a job: the kind's scope failed for a reason of ours, not AWS's. */
export class WorkerFailedError extends CodedError {
  readonly code = 'UNAVAILABLE';
}

/** The collector's own settings are unsafe or malformed: it refuses to start rather than serve open. */
export class CollectorConfigError extends CodedError {
  readonly code = 'FAILED_PRECONDITION';
  constructor(
    readonly setting: string,
    reason: string,
  ) {
    super(`${setting}: ${reason}`);
  }
}

/**
 * The registry or a kind's declaration is inconsistent (an edge to a kind that is not registered, two kinds with one
 * name, a service both global and regional): the collector refuses to start rather than collect a wrong graph.
 */
export class RegistryDefinitionError extends CodedError {
  readonly code = 'FAILED_PRECONDITION';
}
