import { AwsApiError } from '../../errors.js';
import type { CallContext, ServiceEndpoint, SimRequest, SimResponse } from '../../http/http-types.js';
import { tag, wrap, XML_DECLARATION } from '../../protocols/xml.js';
import { QueryParams } from '../ec2/query-params.js';

const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

function answer(action: string, result: string, requestId: string): SimResponse {
  return {
    status: 200,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: `${XML_DECLARATION}<${action}Response xmlns="${STS_XMLNS}"><${action}Result>${result}</${action}Result><ResponseMetadata>${tag('RequestId', requestId)}</ResponseMetadata></${action}Response>`,
  };
}

function validationError(message: string): AwsApiError {
  return new AwsApiError('ValidationError', message, 400);
}

function required(params: QueryParams, name: string, member: string): string {
  const value = params.get(name);
  if (value === undefined || value === '') {
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

function assumeRole(params: QueryParams, context: CallContext): string {
  const roleArn = required(params, 'RoleArn', 'roleArn');
  const sessionName = required(params, 'RoleSessionName', 'roleSessionName');
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
    throw validationError(
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  const duration = params.integer('DurationSeconds') ?? 3600;
  if (duration < 900 || duration > 43200) {
    throw validationError(
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  }
  const found = context.credentials.findRole(roleArn);
  const externalId = params.get('ExternalId');
  if (!found || (found.role.externalId !== undefined && found.role.externalId !== externalId)) {
    throw new AwsApiError(
      'AccessDenied',
      `User: ${context.identity.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      403,
    );
  }
  const credentials = context.credentials.issue(found.account, found.role, sessionName, duration, context.now);
  const identity = context.credentials.lookup(credentials.AccessKeyId)?.identity;
  return (
    wrap(
      'Credentials',
      tag('AccessKeyId', credentials.AccessKeyId) +
        tag('SecretAccessKey', credentials.SecretAccessKey) +
        tag('SessionToken', credentials.SessionToken) +
        tag('Expiration', credentials.Expiration),
    ) +
    wrap('AssumedRoleUser', tag('AssumedRoleId', identity?.userId) + tag('Arn', identity?.arn)) +
    tag('PackedPolicySize', 0)
  );
}

/** STS over the Query protocol: GetCallerIdentity and AssumeRole. */
export const stsEndpoint: ServiceEndpoint = {
  service: 'sts',
  escapePath: true,
  operationOf(request: SimRequest): string {
    return new QueryParams(request).get('Action') || 'Unknown';
  },
  handle(request: SimRequest, context: CallContext): SimResponse {
    const params = new QueryParams(request);
    const action = params.get('Action');
    if (!action) throw new AwsApiError('MissingAction', 'Missing Action', 400);
    switch (action) {
      case 'GetCallerIdentity':
        return answer(
          action,
          tag('Arn', context.identity.arn) +
            tag('UserId', context.identity.userId) +
            tag('Account', context.identity.accountId),
          context.requestId,
        );
      case 'AssumeRole':
        return answer(action, assumeRole(params, context), context.requestId);
      default:
        throw new AwsApiError('InvalidAction', `Could not find operation ${action} for version 2011-06-15`, 400);
    }
  },
};
