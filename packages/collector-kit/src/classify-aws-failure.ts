import { describeAwsError, summarizeAwsError } from './aws-error.js';
import { MappingError } from './errors.js';

/** Stable failure codes of a scope (ScopeResult.error_code). */
export type ScopeFailureCode =
  | 'AccessDenied'
  | 'Throttling'
  | 'InvalidCredentials'
  | 'RegionNotEnabled'
  | 'ServiceError'
  | 'NetworkError'
  | 'MappingError'
  | 'Cancelled'
  | 'Error';

export type FailureClassification =
  { outcome: 'empty'; reason: string } | { outcome: 'failure'; code: ScopeFailureCode; message: string };

const accessDenied = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'Forbidden',
]);
const throttling = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
]);
const invalidCredentials = new Set([
  'InvalidClientTokenId',
  'AuthFailure',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
  'ExpiredToken',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidToken',
  'CredentialsProviderError',
]);
const regionNotEnabled = new Set(['OptInRequired', 'InvalidRegion']);
// How an endpoint that does not exist surfaces: AWS has no DNS name for the service in that region, the SDK has
// no endpoint for it, or an emulator answers that the service is not offered there.
const serviceNotInRegion = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'UnknownEndpoint',
  'EndpointError',
  'EndpointNotFound',
  'ServiceNotAvailableInRegion',
]);
const network = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'TimeoutError', 'RequestTimeout']);

/** Classifies an AWS failure once, for every kind: the runner turns the result into the scope's outcome. */
export function classifyAwsFailure(error: unknown): FailureClassification {
  if (error instanceof MappingError) return { outcome: 'failure', code: 'MappingError', message: error.message };
  const summary = summarizeAwsError(error);
  const message = describeAwsError(summary);
  const { name } = summary;
  if (serviceNotInRegion.has(name)) return { outcome: 'empty', reason: name };
  if (accessDenied.has(name)) return { outcome: 'failure', code: 'AccessDenied', message };
  if (throttling.has(name))
    return { outcome: 'failure', code: 'Throttling', message: `${message} (retries exhausted)` };
  if (invalidCredentials.has(name)) return { outcome: 'failure', code: 'InvalidCredentials', message };
  if (regionNotEnabled.has(name)) return { outcome: 'failure', code: 'RegionNotEnabled', message };
  if (network.has(name)) return { outcome: 'failure', code: 'NetworkError', message };
  if (name === 'AbortError' || name === 'CANCELLED') return { outcome: 'failure', code: 'Cancelled', message };
  if (summary.httpStatus === 403) return { outcome: 'failure', code: 'AccessDenied', message };
  if (summary.httpStatus !== undefined && summary.httpStatus >= 500) {
    return { outcome: 'failure', code: 'ServiceError', message };
  }
  return { outcome: 'failure', code: 'Error', message };
}
