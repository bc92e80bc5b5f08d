/** Errors of the simulator's programmatic API, each with a stable `code`. */
export class SimulatorError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class UnknownScopeError extends SimulatorError {
  constructor(
    readonly account: string,
    readonly region: string,
  ) {
    super('SIM_UNKNOWN_SCOPE', `the simulator has no account ${account} with region ${region}`);
  }
}

export class UnknownResourceError extends SimulatorError {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super('SIM_UNKNOWN_RESOURCE', `no ${kind} ${id} in that scope`);
  }
}

export class DuplicateResourceError extends SimulatorError {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super('SIM_DUPLICATE_RESOURCE', `a ${kind} ${id} already exists`);
  }
}

export class InvalidOptionError extends SimulatorError {
  constructor(
    readonly option: string,
    reason: string,
  ) {
    super('SIM_INVALID_OPTION', `invalid simulator option ${option}: ${reason}`);
  }
}

/**
 * An error answered to a client in the protocol's own shape. `code` and `status` are what AWS answers; each protocol
 * renders it (EC2 Response/Errors, S3 Error, JSON __type, STS ErrorResponse).
 */
export class AwsApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    /** Extra response headers (e.g. x-amz-bucket-region on an S3 redirect). */
    readonly headers: Record<string, string> = {},
    /** Extra elements of an S3 XML error body (BucketName, Endpoint...). */
    readonly details: Record<string, string> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AwsApiError';
  }
}

/** Input that does not fit the operation's schema (a malformed number, a boolean that is not one); each protocol answers it with its own code. */
export class MalformedInputError extends Error {
  constructor(
    /** The parameter as it was sent, e.g. MaxResults or Filter.1.Name. */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'MalformedInputError';
  }
}
