import type { SimRequest } from '../http/http-types.js';
import type { ServiceModel } from '../services/service-model.js';
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
  service: ServiceModel,
  store: CredentialStore,
  now: number,
): CallerIdentity {
  if (!authorization) {
    throw service.error(request.headers.authorization ? 'incompleteSignature' : 'missingAuthentication');
  }
  const amzDateText = header(request, 'x-amz-date') ?? '';
  const amzDate = parseAmzDate(amzDateText);
  if (amzDate === undefined || !amzDateText.startsWith(authorization.date)) {
    throw service.error('incompleteSignature', 'Date in Credential scope does not match the X-Amz-Date header.');
  }
  const key = store.lookup(authorization.accessKeyId);
  if (!key) throw service.error('unknownAccessKey');
  if (Math.abs(now - amzDate) > MAX_CLOCK_SKEW_MS) throw service.error('requestTimeSkewed');
  const sessionToken = header(request, 'x-amz-security-token');
  if (sessionToken !== key.sessionToken) throw service.error('invalidSessionToken');
  if (key.expiration && now >= key.expiration.getTime()) throw service.error('expiredToken');

  const bodyHash = sha256Hex(request.body);
  const declaredHash = header(request, 'x-amz-content-sha256');
  if (declaredHash !== undefined && declaredHash !== 'UNSIGNED-PAYLOAD' && !declaredHash.startsWith('STREAMING-')) {
    if (declaredHash !== bodyHash) throw service.error('contentHashMismatch');
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
      escapePath: !service.declaration.signsPathAsSent,
    },
    key.secretAccessKey,
  );
  if (expected !== authorization.signature) throw service.error('signatureMismatch');
  return key.identity;
}
