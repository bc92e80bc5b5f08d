import { AwsApiError } from '../errors.js';
import { SERVICE_MISSING_ERROR_CODE } from '../faults/sim-faults.js';

/** Situations every service answers, each with its own code and status per protocol (and service), as AWS does. */
export type ErrorSituation =
  | 'missingAuthentication'
  | 'incompleteSignature'
  | 'unknownAccessKey'
  | 'signatureMismatch'
  | 'contentHashMismatch'
  | 'invalidSessionToken'
  | 'expiredToken'
  | 'requestTimeSkewed'
  | 'regionNotEnabled'
  | 'serviceMissing'
  | 'accessDenied'
  | 'throttled'
  | 'internalError'
  | 'serviceUnavailable'
  | 'missingOperation'
  | 'unknownOperation'
  | 'malformedInput'
  | 'invalidPaginationToken'
  | 'bodyTooLarge'
  | 'incompleteBody';

export type ErrorTable = Readonly<Record<ErrorSituation, readonly [code: string, status: number]>>;

const SIGNATURE_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const MESSAGES: Record<ErrorSituation, string> = {
  missingAuthentication: 'Request is missing Authentication Token',
  incompleteSignature: 'The request signature does not conform to AWS standards.',
  unknownAccessKey: 'The security token included in the request is invalid.',
  signatureMismatch: SIGNATURE_MESSAGE,
  contentHashMismatch: "The provided 'x-amz-content-sha256' header does not match what was computed.",
  invalidSessionToken: 'The security token included in the request is invalid.',
  expiredToken: 'The security token included in the request is expired',
  requestTimeSkewed: 'The difference between the request time and the current time is too large.',
  regionNotEnabled: 'AWS was not able to validate the provided access credentials',
  serviceMissing: 'The service is not available in this region.',
  accessDenied: 'You are not authorized to perform this operation.',
  throttled: 'Rate exceeded',
  internalError: 'We encountered an internal error. Please try again.',
  serviceUnavailable: 'The service is unavailable. Please try again shortly.',
  missingOperation: 'The request must name an operation.',
  unknownOperation: 'The operation is not valid for this web service.',
  malformedInput: 'The request could not be parsed.',
  invalidPaginationToken: 'The pagination token is not valid or is expired.',
  bodyTooLarge: 'The request body could not be read.',
  incompleteBody: 'The request body could not be read.',
};

const COMMON = {
  serviceMissing: [SERVICE_MISSING_ERROR_CODE, 404],
  bodyTooLarge: ['RequestEntityTooLarge', 413],
  incompleteBody: ['IncompleteBody', 400],
} as const;

/** The Query protocols (awsQuery services such as STS and IAM, and REST-XML services other than S3). */
const QUERY_FAMILY: ErrorTable = {
  ...COMMON,
  missingAuthentication: ['MissingAuthenticationToken', 403],
  incompleteSignature: ['IncompleteSignature', 400],
  unknownAccessKey: ['InvalidClientTokenId', 403],
  signatureMismatch: ['SignatureDoesNotMatch', 403],
  contentHashMismatch: ['SignatureDoesNotMatch', 403],
  invalidSessionToken: ['InvalidClientTokenId', 403],
  expiredToken: ['ExpiredToken', 403],
  requestTimeSkewed: ['SignatureDoesNotMatch', 403],
  regionNotEnabled: ['InvalidClientTokenId', 403],
  accessDenied: ['AccessDenied', 403],
  throttled: ['Throttling', 400],
  internalError: ['InternalFailure', 500],
  serviceUnavailable: ['ServiceUnavailable', 503],
  missingOperation: ['MissingAction', 400],
  unknownOperation: ['InvalidAction', 400],
  malformedInput: ['ValidationError', 400],
  invalidPaginationToken: ['ValidationError', 400],
};

/** JSON protocols (JSON 1.0, 1.1, REST-JSON). */
const JSON_FAMILY: ErrorTable = {
  ...COMMON,
  missingAuthentication: ['MissingAuthenticationTokenException', 403],
  incompleteSignature: ['IncompleteSignatureException', 400],
  unknownAccessKey: ['UnrecognizedClientException', 400],
  signatureMismatch: ['InvalidSignatureException', 400],
  contentHashMismatch: ['SignatureDoesNotMatch', 400],
  invalidSessionToken: ['UnrecognizedClientException', 400],
  expiredToken: ['ExpiredTokenException', 400],
  requestTimeSkewed: ['InvalidSignatureException', 400],
  regionNotEnabled: ['UnrecognizedClientException', 400],
  accessDenied: ['AccessDeniedException', 400],
  throttled: ['ThrottlingException', 400],
  internalError: ['InternalFailure', 500],
  serviceUnavailable: ['ServiceUnavailable', 503],
  missingOperation: ['UnknownOperationException', 400],
  unknownOperation: ['UnknownOperationException', 400],
  malformedInput: ['SerializationException', 400],
  invalidPaginationToken: ['ValidationException', 400],
};

/** Default codes of each protocol; a service declares only where it differs (S3's own codes, CloudTrail's token). */
export const PROTOCOL_ERRORS = {
  ec2Query: {
    ...COMMON,
    missingAuthentication: ['MissingAuthenticationToken', 401],
    incompleteSignature: ['IncompleteSignature', 400],
    unknownAccessKey: ['AuthFailure', 401],
    signatureMismatch: ['SignatureDoesNotMatch', 403],
    contentHashMismatch: ['SignatureDoesNotMatch', 403],
    invalidSessionToken: ['AuthFailure', 401],
    expiredToken: ['RequestExpired', 400],
    requestTimeSkewed: ['RequestExpired', 400],
    regionNotEnabled: ['AuthFailure', 401],
    accessDenied: ['UnauthorizedOperation', 403],
    throttled: ['RequestLimitExceeded', 503],
    internalError: ['InternalError', 500],
    serviceUnavailable: ['Unavailable', 503],
    missingOperation: ['MissingAction', 400],
    unknownOperation: ['InvalidAction', 400],
    malformedInput: ['InvalidParameterValue', 400],
    invalidPaginationToken: ['InvalidPaginationToken', 400],
  },
  awsQuery: QUERY_FAMILY,
  restXml: {
    ...QUERY_FAMILY,
    // a REST request names its operation by method and path: naming none and naming an unknown one are the same
    missingOperation: ['UnknownOperationException', 404],
    unknownOperation: ['UnknownOperationException', 404],
    malformedInput: ['InvalidInput', 400],
  },
  awsJson: JSON_FAMILY,
  restJson: {
    ...JSON_FAMILY,
    missingOperation: ['UnknownOperationException', 404],
    unknownOperation: ['UnknownOperationException', 404],
    throttled: ['ThrottlingException', 429],
  },
} satisfies Record<string, ErrorTable>;

export type ErrorCodes = Partial<Record<ErrorSituation, readonly [code: string, status: number]>>;

/** The error of `situation` in a table (the protocol's defaults under the service's overrides). */
export function errorFor(table: ErrorTable, situation: ErrorSituation, message?: string): AwsApiError {
  const [code, status] = table[situation];
  return new AwsApiError(code, message ?? MESSAGES[situation], status);
}
