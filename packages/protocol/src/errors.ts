import { excerpt } from './input-excerpt.js';

/** Stable error codes shared by every service; grpc-status.ts maps each to one gRPC status. */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'FAILED_PRECONDITION'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE'
  | 'DEADLINE_EXCEEDED'
  | 'CANCELLED'
  | 'AWS_ACCESS_DENIED'
  | 'AWS_INVALID_CREDENTIALS'
  | 'STORE_UNAVAILABLE';

/** Base of every typed error: a stable `code`, a message built from ids and names only (never secrets). */
export abstract class CodedError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A request field is missing or malformed; `field` is its path, such as `task.type` or `options.regions[2]`. */
export class InvalidArgumentError extends CodedError {
  readonly code = 'INVALID_ARGUMENT';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export class UnauthenticatedError extends CodedError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'a valid bearer token is required') {
    super(message);
  }
}

export class PermissionDeniedError extends CodedError {
  readonly code = 'PERMISSION_DENIED';
}

export class NotFoundError extends CodedError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${excerpt(id)} not found`);
  }
}

export class AlreadyExistsError extends CodedError {
  readonly code = 'ALREADY_EXISTS';
}

export class FailedPreconditionError extends CodedError {
  readonly code = 'FAILED_PRECONDITION';
}

export class ResourceExhaustedError extends CodedError {
  readonly code = 'RESOURCE_EXHAUSTED';
}

export class UnavailableError extends CodedError {
  readonly code = 'UNAVAILABLE';
}

export class DeadlineExceededError extends CodedError {
  readonly code = 'DEADLINE_EXCEEDED';
}

export class CancelledError extends CodedError {
  readonly code = 'CANCELLED';
}

/** AWS refused the credentials' access (AccessDenied, UnauthorizedOperation, ...). */
export class AwsAccessDeniedError extends CodedError {
  readonly code = 'AWS_ACCESS_DENIED';
}

/** AWS did not accept the credentials at all (unknown key, bad signature, expired token, failed AssumeRole). */
export class AwsInvalidCredentialsError extends CodedError {
  readonly code = 'AWS_INVALID_CREDENTIALS';
}

export class StoreUnavailableError extends CodedError {
  readonly code = 'STORE_UNAVAILABLE';
}

export function isCodedError(error: unknown): error is CodedError {
  return error instanceof CodedError;
}
