import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimLambdaFunction } from '../../kinds/lambda/function.js';
import { collectionFor } from '../list-kind.js';

const FUNCTION_ARN =
  /^arn:aws(?:-cn|-us-gov)?:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::(\$LATEST|[0-9]+))?$/;

function notFound(call: CallContext, name: string): AwsApiError {
  const arn = name.startsWith('arn:')
    ? name
    : `arn:aws:lambda:${call.region}:${call.identity.accountId}:function:${name}`;
  return new AwsApiError('ResourceNotFoundException', `Function not found: ${arn}`, 404);
}

/**
 * The function a name or ARN (unqualified, or qualified by `$LATEST` or a version) names in the caller's account and
 * region; AWS's ResourceNotFoundException when there is none.
 */
export function requireFunction(call: CallContext, nameOrArn: unknown): SimLambdaFunction {
  const text = typeof nameOrArn === 'string' ? nameOrArn : '';
  const match = FUNCTION_ARN.exec(text);
  if (text.startsWith('arn:') && !match) {
    throw new AwsApiError(
      'ValidationException',
      `1 validation error detected: Value '${text}' is not a valid ARN`,
      400,
    );
  }
  const sameScope = !match || (match[1] === call.region && match[2] === call.identity.accountId);
  const name = match ? (match[3] as string) : text;
  const record = sameScope ? collectionFor('lambdaFunction', call).get(name) : undefined;
  const version = match?.[4];
  const versionExists =
    version === undefined || version === '$LATEST' || Number(version) <= (record?.PublishedVersions ?? 0);
  if (!record || !versionExists) throw notFound(call, text);
  return record;
}
