import { describeAwsError, summarizeAwsError } from './aws-error.js';
import { MappingError } from './errors.js';
import { isProvenNotOffered, type NotOfferedContext } from './service-not-offered.js';

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
// How a service missing from a region is told without doubt: an endpoint answers that it does not offer the service
// there. A name that does not resolve (ENOTFOUND) is not on this list: it may only be a failing resolver, so
// classifyKindFailure proves it first (service-not-offered.ts). Nor is the SDK's EndpointError: its endpoint rules
// build a name for any region, and raise it only for a configuration they refuse (FIPS or dual-stack with a custom
// endpoint, no region), which says nothing of what the region offers.
const serviceNotInRegion = new Set(['UnknownEndpoint', 'EndpointNotFound', 'ServiceNotAvailableInRegion']);
// EAI_AGAIN is a temporary resolver failure: always a failed scope, whatever the name.
const network = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'TimeoutError',
  'RequestTimeout',
]);

/**
 * Classifies the failure of a kind's collection, once, for every kind: classifyAwsFailure, except that a name that
 * does not resolve (ENOTFOUND) counts as "not offered in this region" only when isProvenNotOffered shows it now.
 */
export async function classifyKindFailure(error: unknown, context: NotOfferedContext): Promise<FailureClassification> {
  const classification = classifyAwsFailure(error);
  if (summarizeAwsError(error).name === 'ENOTFOUND' && (await isProvenNotOffered(error, context))) {
    return { outcome: 'empty', reason: 'ENOTFOUND: the service has no endpoint in this region' };
  }
  return classification;
}

/** Classifies an AWS failure without looking further (a DNS failure is a network error here). */
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
