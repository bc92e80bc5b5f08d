import {
  DescribeAlarms$,
  ListTagsForResource$,
  type ListTagsForResourceInput,
  type ListTagsForResourceOutput,
} from '@aws-sdk/client-cloudwatch';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { awsJson1_0 } from '../../protocols/aws-json.js';
import { collectionFor } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';
import { describeAlarms } from './describe-alarms.js';

const ALARM_ARN = /^arn:aws(?:-[a-z]+)*:cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/;

/** ListTagsForResource of an alarm ARN of this region and account. */
function listTagsForResource(input: ListTagsForResourceInput, call: CallContext): ListTagsForResourceOutput {
  const arn = String(input.ResourceARN ?? '');
  const match = ALARM_ARN.exec(arn);
  const inScope = match !== null && match[1] === call.region && match[2] === call.identity.accountId;
  const name = match?.[3] ?? '';
  const alarm = inScope
    ? (collectionFor('metricAlarm', call).get(name) ?? collectionFor('compositeAlarm', call).get(name))
    : undefined;
  if (!alarm) throw new AwsApiError('ResourceNotFoundException', `${arn} not found`, 404);
  return { Tags: alarm.Tags.map((tag) => ({ Key: tag.Key, Value: tag.Value })) };
}

/**
 * CloudWatch: JSON 1.0 (target GraniteServiceVersion20100801) since 2025, with its Query-era error codes for the
 * query-compatible clients (awsQueryCompatible: the SDK reads x-amzn-query-error).
 */
export const cloudWatchService = declareService({
  name: 'monitoring',
  iamPrefix: 'cloudwatch',
  protocol: awsJson1_0,
  targetPrefixes: ['GraniteServiceVersion20100801'],
  errors: {
    throttled: ['Throttling', 400],
    accessDenied: ['AccessDenied', 403],
    malformedInput: ['InvalidParameterValue', 400],
    invalidPaginationToken: ['InvalidNextToken', 400],
  },
  operations: [operation(DescribeAlarms$, describeAlarms), operation(ListTagsForResource$, listTagsForResource)],
});
