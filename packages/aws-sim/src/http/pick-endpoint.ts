import type { ParsedAuthorization } from '../identity/sigv4.js';
import { cloudTrailEndpoint } from '../services/cloudtrail/cloudtrail-endpoint.js';
import { ec2Endpoint } from '../services/ec2/ec2-endpoint.js';
import { s3Endpoint } from '../services/s3/s3-endpoint.js';
import { stsEndpoint } from '../services/sts/sts-endpoint.js';
import type { ServiceEndpoint, SimRequest } from './http-types.js';

const BY_SIGNING_NAME: Record<string, ServiceEndpoint> = {
  ec2: ec2Endpoint,
  s3: s3Endpoint,
  cloudtrail: cloudTrailEndpoint,
  sts: stsEndpoint,
};

/** Whether a SigV4 signing name is a service the simulator speaks. */
export function isSimulatedService(signingName: string): boolean {
  return Object.hasOwn(BY_SIGNING_NAME, signingName);
}

const STS_ACTIONS = new Set(['GetCallerIdentity', 'AssumeRole', 'GetSessionToken', 'AssumeRoleWithWebIdentity']);

/**
 * One port serves every service, so the service is told by the SigV4 credential scope; unsigned requests are
 * recognised by their protocol's marks (X-Amz-Target, an Action parameter) and default to S3's REST shape.
 */
export function pickEndpoint(request: SimRequest, authorization: ParsedAuthorization | undefined): ServiceEndpoint {
  const signed =
    authorization && isSimulatedService(authorization.service) ? BY_SIGNING_NAME[authorization.service] : undefined;
  if (signed) return signed;
  if (request.headers['x-amz-target']) return cloudTrailEndpoint;
  const action =
    request.query.get('Action') ?? new URLSearchParams(request.body.toString('utf8').slice(0, 4096)).get('Action');
  if (action) return STS_ACTIONS.has(action) ? stsEndpoint : ec2Endpoint;
  return s3Endpoint;
}
