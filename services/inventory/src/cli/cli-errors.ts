import { status, type ServiceError } from '@grpc/grpc-js';

/** The command line is wrong: the message says what, and the usage is printed after it. Exit code 2. */
export class CliUsageError extends Error {
  readonly code = 'CLI_USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** A finished job that did not succeed, or another outcome the user must see as a failure. Exit code 1. */
export class CliFailure extends Error {
  readonly code = 'CLI_FAILURE';
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number' && 'details' in error;
}

/** One line for the user, never a stack trace: what went wrong and what to do about it. */
export function explainFailure(error: unknown, context: { address: string; timeoutMs: number }): string {
  if (error instanceof CliUsageError || error instanceof CliFailure) return error.message;
  if (!isServiceError(error)) return error instanceof Error ? error.message : String(error);
  const details = error.details || error.message;
  switch (error.code) {
    case status.UNAVAILABLE: {
      const reason = /E[A-Z]{4,}/.exec(details)?.[0] ?? details;
      return `cannot reach the inventory at ${context.address} (${reason}): is it running? Set --address or INVENTORY_ADDRESS`;
    }
    case status.UNAUTHENTICATED:
      return `the inventory at ${context.address} refused the request: ${details}. Pass its API token with --token or INVENTORY_API_TOKEN`;
    case status.PERMISSION_DENIED:
      return `permission denied: ${details}`;
    case status.DEADLINE_EXCEEDED:
      return `no answer from the inventory at ${context.address} within ${context.timeoutMs / 1000} s (--timeout)`;
    case status.NOT_FOUND:
      // The inventory says what was not found ("resource X not found"): saying "not found" again adds nothing.
      return /not found/i.test(details) ? details : `not found: ${details}`;
    case status.INVALID_ARGUMENT:
      return `invalid request: ${details}`;
    case status.FAILED_PRECONDITION:
      return details;
    default:
      return `the inventory answered ${status[error.code] ?? error.code}: ${details}`;
  }
}
