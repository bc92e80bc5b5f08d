import {
  AssumeRole$,
  GetCallerIdentity$,
  type AssumeRoleRequest,
  type AssumeRoleResponse,
  type GetCallerIdentityResponse,
} from '@aws-sdk/client-sts';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { awsQuery } from '../../protocols/aws-query.js';
import { declareService, operation } from '../service-declaration.js';

function validationError(message: string): AwsApiError {
  return new AwsApiError('ValidationError', message, 400);
}

function required(value: string | undefined, member: string): string {
  if (value === undefined || value === '') {
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

function getCallerIdentity(_input: unknown, call: CallContext): GetCallerIdentityResponse {
  return { Arn: call.identity.arn, UserId: call.identity.userId, Account: call.identity.accountId };
}

function assumeRole(input: AssumeRoleRequest, call: CallContext): AssumeRoleResponse {
  const roleArn = required(input.RoleArn, 'roleArn');
  const sessionName = required(input.RoleSessionName, 'roleSessionName');
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
    throw validationError(
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  const duration = input.DurationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw validationError(
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  }
  const found = call.credentials.findRole(roleArn);
  if (!found || (found.role.externalId !== undefined && found.role.externalId !== input.ExternalId)) {
    throw new AwsApiError(
      'AccessDenied',
      `User: ${call.identity.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      403,
    );
  }
  const credentials = call.credentials.issue(found.account, found.role, sessionName, duration, call.now);
  const identity = call.credentials.lookup(credentials.AccessKeyId)?.identity;
  return {
    Credentials: credentials,
    ...(identity ? { AssumedRoleUser: { AssumedRoleId: identity.userId, Arn: identity.arn } } : {}),
    PackedPolicySize: 0,
  };
}

/** STS over awsQuery: GetCallerIdentity and AssumeRole, signed for us-east-1 (its global endpoint). */
export const stsService = declareService({
  name: 'sts',
  protocol: awsQuery,
  globalRegion: 'us-east-1',
  xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
  needsNoIdentityPolicy: true,
  operations: [operation(GetCallerIdentity$, getCallerIdentity), operation(AssumeRole$, assumeRole)],
});
