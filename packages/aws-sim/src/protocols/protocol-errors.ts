import { AwsApiError } from '../errors.js';
import type { SimService } from '../options.js';
import { SERVICE_MISSING_ERROR_CODE } from '../faults/sim-faults.js';

/** Situations every service answers, each with its own code and status per service, as AWS does. */
export type ErrorSituation =
  | 'missingAuthentication'
  | 'incompleteSignature'
  | 'unknownAccessKey'
  | 'signatureMismatch'
  | 'invalidSessionToken'
  | 'expiredToken'
  | 'requestTimeSkewed'
  | 'regionNotEnabled'
  | 'serviceMissing'
  | 'accessDenied'
  | 'throttled'
  | 'internalError'
  | 'serviceUnavailable';

type ErrorTable = Record<ErrorSituation, [code: string, status: number]>;

const SIGNATURE_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const MESSAGES: Record<ErrorSituation, string> = {
  missingAuthentication: 'Request is missing Authentication Token',
  incompleteSignature: 'The request signature does not conform to AWS standards.',
  unknownAccessKey: 'The security token included in the request is invalid.',
  signatureMismatch: SIGNATURE_MESSAGE,
  invalidSessionToken: 'The security token included in the request is invalid.',
  expiredToken: 'The security token included in the request is expired',
  requestTimeSkewed: 'The difference between the request time and the current time is too large.',
  regionNotEnabled: 'AWS was not able to validate the provided access credentials',
  serviceMissing: 'The service is not available in this region.',
  accessDenied: 'You are not authorized to perform this operation.',
  throttled: 'Rate exceeded',
  internalError: 'We encountered an internal error. Please try again.',
  serviceUnavailable: 'The service is unavailable. Please try again shortly.',
};

const TABLES: Record<SimService, ErrorTable> = {
  ec2: {
    missingAuthentication: ['MissingAuthenticationToken', 401],
    incompleteSignature: ['IncompleteSignature', 400],
    unknownAccessKey: ['AuthFailure', 401],
    signatureMismatch: ['SignatureDoesNotMatch', 403],
    invalidSessionToken: ['AuthFailure', 401],
    expiredToken: ['RequestExpired', 400],
    requestTimeSkewed: ['RequestExpired', 400],
    regionNotEnabled: ['AuthFailure', 401],
    serviceMissing: [SERVICE_MISSING_ERROR_CODE, 404],
    accessDenied: ['UnauthorizedOperation', 403],
    throttled: ['RequestLimitExceeded', 503],
    internalError: ['InternalError', 500],
    serviceUnavailable: ['Unavailable', 503],
  },
  s3: {
    missingAuthentication: ['AccessDenied', 403],
    incompleteSignature: ['AuthorizationHeaderMalformed', 400],
    unknownAccessKey: ['InvalidAccessKeyId', 403],
    signatureMismatch: ['SignatureDoesNotMatch', 403],
    invalidSessionToken: ['InvalidToken', 400],
    expiredToken: ['ExpiredToken', 400],
    requestTimeSkewed: ['RequestTimeTooSkewed', 403],
    regionNotEnabled: ['InvalidAccessKeyId', 403],
    serviceMissing: [SERVICE_MISSING_ERROR_CODE, 404],
    accessDenied: ['AccessDenied', 403],
    throttled: ['SlowDown', 503],
    internalError: ['InternalError', 500],
    serviceUnavailable: ['ServiceUnavailable', 503],
  },
  cloudtrail: {
    missingAuthentication: ['MissingAuthenticationTokenException', 403],
    incompleteSignature: ['IncompleteSignatureException', 400],
    unknownAccessKey: ['UnrecognizedClientException', 400],
    signatureMismatch: ['InvalidSignatureException', 400],
    invalidSessionToken: ['UnrecognizedClientException', 400],
    expiredToken: ['ExpiredTokenException', 400],
    requestTimeSkewed: ['InvalidSignatureException', 400],
    regionNotEnabled: ['UnrecognizedClientException', 400],
    serviceMissing: [SERVICE_MISSING_ERROR_CODE, 404],
    accessDenied: ['AccessDeniedException', 400],
    throttled: ['ThrottlingException', 400],
    internalError: ['InternalFailure', 500],
    serviceUnavailable: ['ServiceUnavailable', 503],
  },
  sts: {
    missingAuthentication: ['MissingAuthenticationToken', 403],
    incompleteSignature: ['IncompleteSignature', 400],
    unknownAccessKey: ['InvalidClientTokenId', 403],
    signatureMismatch: ['SignatureDoesNotMatch', 403],
    invalidSessionToken: ['InvalidClientTokenId', 403],
    expiredToken: ['ExpiredToken', 403],
    requestTimeSkewed: ['SignatureDoesNotMatch', 403],
    regionNotEnabled: ['InvalidClientTokenId', 403],
    serviceMissing: [SERVICE_MISSING_ERROR_CODE, 404],
    accessDenied: ['AccessDenied', 403],
    throttled: ['Throttling', 400],
    internalError: ['InternalFailure', 500],
    serviceUnavailable: ['ServiceUnavailable', 503],
  },
};

/** The error AWS answers in `situation` for `service`, with an optional more specific message. */
export function situationError(service: SimService, situation: ErrorSituation, message?: string): AwsApiError {
  const [code, status] = TABLES[service][situation];
  return new AwsApiError(code, message ?? MESSAGES[situation], status);
}

export function isThrottlingCode(code: string): boolean {
  return ['RequestLimitExceeded', 'SlowDown', 'ThrottlingException', 'Throttling'].includes(code);
}
