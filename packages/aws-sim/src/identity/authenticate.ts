import { AwsApiError } from '../errors.js';
import type { SimRequest } from '../http/http-types.js';
import type { SimService } from '../options.js';
import { situationError } from '../protocols/protocol-errors.js';
import type { CallerIdentity, CredentialStore } from './credential-store.js';
import { computeSignature, parseAmzDate, sha256Hex, type ParsedAuthorization } from './sigv4.js';

const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

function header(request: SimRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Verifies a request's SigV4 signature and session token, and returns who signed it (or throws the AWS error). */
export function authenticate(
  request: SimRequest,
  authorization: ParsedAuthorization | undefined,
  service: SimService,
  escapePath: boolean,
  store: CredentialStore,
  now: number,
): CallerIdentity {
  if (!authorization) {
    throw situationError(service, request.headers.authorization ? 'incompleteSignature' : 'missingAuthentication');
  }
  const amzDateText = header(request, 'x-amz-date') ?? '';
  const amzDate = parseAmzDate(amzDateText);
  if (amzDate === undefined || !amzDateText.startsWith(authorization.date)) {
    throw situationError(
      service,
      'incompleteSignature',
      'Date in Credential scope does not match the X-Amz-Date header.',
    );
  }
  const key = store.lookup(authorization.accessKeyId);
  if (!key) throw situationError(service, 'unknownAccessKey');
  if (Math.abs(now - amzDate) > MAX_CLOCK_SKEW_MS) throw situationError(service, 'requestTimeSkewed');
  const sessionToken = header(request, 'x-amz-security-token');
  if (sessionToken !== key.sessionToken) throw situationError(service, 'invalidSessionToken');
  if (key.expiration && now >= key.expiration.getTime()) throw situationError(service, 'expiredToken');

  const bodyHash = sha256Hex(request.body);
  const declaredHash = header(request, 'x-amz-content-sha256');
  if (declaredHash !== undefined && declaredHash !== 'UNSIGNED-PAYLOAD' && !declaredHash.startsWith('STREAMING-')) {
    if (declaredHash !== bodyHash) {
      throw new AwsApiError(
        service === 's3' ? 'XAmzContentSHA256Mismatch' : 'SignatureDoesNotMatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        service === 'cloudtrail' ? 400 : service === 's3' ? 400 : 403,
      );
    }
  }
  const expected = computeSignature(
    {
      method: request.method,
      rawPath: request.rawPath,
      rawQuery: request.rawQuery,
      headers: request.headers,
      payloadHash: declaredHash ?? bodyHash,
      amzDate: amzDateText,
      authorization,
      escapePath,
    },
    key.secretAccessKey,
  );
  if (expected !== authorization.signature) throw situationError(service, 'signatureMismatch');
  return key.identity;
}
