import { Metadata, status, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import type { handleServerStreamingCall, handleUnaryCall, ServerUnaryCall, ServerWritableStream } from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { assertBearerToken } from './bearer-token.js';
import { isCodedError, type ErrorCode } from './errors.js';
import type { ProtocolLogger } from './logger.js';
import { assertWithinLimits, type ServiceRequestLimits } from './request-limits.js';

/** The one table from error code to gRPC status. Codes missing here become INTERNAL with a generic message. */
const statusByCode: Record<ErrorCode, status> = {
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  PERMISSION_DENIED: status.PERMISSION_DENIED,
  NOT_FOUND: status.NOT_FOUND,
  ALREADY_EXISTS: status.ALREADY_EXISTS,
  FAILED_PRECONDITION: status.FAILED_PRECONDITION,
  RESOURCE_EXHAUSTED: status.RESOURCE_EXHAUSTED,
  UNAVAILABLE: status.UNAVAILABLE,
  DEADLINE_EXCEEDED: status.DEADLINE_EXCEEDED,
  CANCELLED: status.CANCELLED,
  AWS_ACCESS_DENIED: status.PERMISSION_DENIED,
  AWS_INVALID_CREDENTIALS: status.UNAUTHENTICATED,
  STORE_UNAVAILABLE: status.UNAVAILABLE,
};

/** Metadata key carrying the error's stable code, so clients need not parse messages. */
export const errorCodeMetadataKey = 'x-error-code';

/**
 * The longest status message sent. The message travels in an HTTP/2 header (grpc-message), and a client whose header
 * limit it exceeds never sees an answer; messages quote input only through `excerpt`, this cap is the backstop.
 */
export const MAX_STATUS_DETAILS_LENGTH = 1024;

function capDetails(message: string): string {
  if (message.length <= MAX_STATUS_DETAILS_LENGTH) return message;
  // Cut by code point: a lone surrogate would make grpc-js's encodeURI of the details throw.
  const kept = Array.from(message.slice(0, MAX_STATUS_DETAILS_LENGTH)).slice(0, MAX_STATUS_DETAILS_LENGTH - 40);
  return `${kept.join('')}… (message cut, ${message.length} characters)`;
}

/** Turns any thrown value into the status sent to the client; unknown errors are logged in full and hidden. */
export function toGrpcStatus(error: unknown, log: ProtocolLogger): Partial<StatusObject> {
  if (isCodedError(error)) {
    const code = statusByCode[error.code];
    if (code !== undefined) {
      const metadata = new Metadata();
      metadata.set(errorCodeMetadataKey, error.code);
      const details = capDetails(error.message);
      if (code === status.UNAUTHENTICATED || code === status.INVALID_ARGUMENT) {
        log.warn({ code: error.code, reason: details }, 'request rejected');
      }
      return { code, details, metadata };
    }
  }
  const errorId = randomUUID();
  log.error({ err: error, errorId }, 'unexpected error in gRPC handler');
  return { code: status.INTERNAL, details: `internal error (ref ${errorId})` };
}

export interface GrpcHandlerOptions {
  logger: ProtocolLogger;
  /** When set, every call must carry `authorization: Bearer <token>`. */
  token?: string | undefined;
  /** Log bindings taken from the call's metadata (such as the job id). */
  bindings?: (metadata: Metadata) => Record<string, unknown>;
  /** The service's table of string lengths and list sizes, checked before the handler runs. */
  limits?: ServiceRequestLimits;
}

export interface HandlerContext {
  log: ProtocolLogger;
  metadata: Metadata;
  /** Aborted when the client cancels the call or goes away. */
  signal: AbortSignal;
}

function contextFor(
  options: GrpcHandlerOptions,
  call: ServerUnaryCall<unknown, unknown> | ServerWritableStream<unknown, unknown>,
  method: string,
) {
  const controller = new AbortController();
  call.on('cancelled', () => controller.abort(new Error('call cancelled by the client')));
  const log = options.logger.child({ method, ...(options.bindings?.(call.metadata) ?? {}) });
  return { log, metadata: call.metadata, signal: controller.signal } satisfies HandlerContext;
}

function checkLimits(options: GrpcHandlerOptions, method: string, request: unknown): void {
  const limits = options.limits?.[method];
  if (limits) assertWithinLimits(request, limits);
}

/** Wraps a promise-returning unary handler: checks the token and maps every error through the status table. */
export function unaryHandler<Request, Response>(
  options: GrpcHandlerOptions,
  method: string,
  handler: (request: Request, context: HandlerContext) => Promise<Response>,
): handleUnaryCall<Request, Response> {
  return (call, callback) => {
    const context = contextFor(options, call as ServerUnaryCall<unknown, unknown>, method);
    Promise.resolve()
      .then(() => {
        assertBearerToken(call.metadata, options.token);
        checkLimits(options, method, call.request);
        return handler(call.request, context);
      })
      .then(
        (response) => callback(null, response),
        (error: unknown) => callback(toGrpcStatus(error, context.log) as ServiceError),
      );
  };
}

/**
 * Wraps a server-streaming handler: the handler writes to the call (respecting backpressure, see
 * writeMessage) and resolves when done; the wrapper ends the stream or sends the mapped error status.
 */
export function serverStreamHandler<Request, Response>(
  options: GrpcHandlerOptions,
  method: string,
  handler: (request: Request, call: ServerWritableStream<Request, Response>, context: HandlerContext) => Promise<void>,
): handleServerStreamingCall<Request, Response> {
  return (call) => {
    const context = contextFor(options, call as ServerWritableStream<unknown, unknown>, method);
    Promise.resolve()
      .then(() => {
        assertBearerToken(call.metadata, options.token);
        checkLimits(options, method, call.request);
        return handler(call.request, call, context);
      })
      .then(
        () => {
          if (!call.cancelled) call.end();
        },
        (error: unknown) => {
          if (call.cancelled) {
            context.log.info(
              { reason: error instanceof Error ? error.message : 'unknown' },
              'stream cancelled by client',
            );
            return;
          }
          call.emit('error', toGrpcStatus(error, context.log));
        },
      );
  };
}
