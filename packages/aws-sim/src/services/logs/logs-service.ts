import { DescribeLogGroups$, ListTagsForResource$ } from '@aws-sdk/client-cloudwatch-logs';
import type {
  DescribeLogGroupsRequest,
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
} from '@aws-sdk/client-cloudwatch-logs';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { collectionFor, listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

/** ListTagsForResource: the tags of a log group named by its ARN (with or without the `:*` of DescribeLogGroups). */
function listTagsForResource(input: ListTagsForResourceRequest, call: CallContext): ListTagsForResourceResponse {
  const arn = input.resourceArn;
  const name =
    typeof arn === 'string'
      ? /^arn:aws(?:-cn|-us-gov)?:logs:[a-z0-9-]+:\d{12}:log-group:(.+?)(?::\*)?$/.exec(arn)?.[1]
      : undefined;
  if (typeof arn !== 'string' || name === undefined) {
    throw new AwsApiError('InvalidParameterException', `Invalid resource ARN: ${String(arn)}`, 400);
  }
  const group = collectionFor('logGroup', call).get(name);
  if (!group || group.logGroupArn !== arn.replace(/:\*$/, '')) {
    throw new AwsApiError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
  }
  return { tags: Object.fromEntries(group.Tags.map((tag) => [tag.Key, tag.Value])) };
}

/** CloudWatch Logs over JSON 1.1 (`Logs_20140328.<Operation>`): log groups, paged by nextToken / limit (at most 50). */
export const logsService = declareService({
  name: 'logs',
  protocol: awsJson1_1,
  targetPrefixes: ['Logs_20140328'],
  errors: {
    invalidPaginationToken: ['InvalidParameterException', 400],
    malformedInput: ['InvalidParameterException', 400],
  },
  operations: [
    operation(
      DescribeLogGroups$,
      listKind<'logGroup', DescribeLogGroupsRequest>('logGroup', {
        paging: {
          items: 'logGroups',
          inputToken: 'nextToken',
          outputToken: 'nextToken',
          limit: 'limit',
          defaultPageSize: 50,
          limits: { min: 1, max: 50, aboveMax: 'reject' },
        },
        validate(input) {
          if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
            throw new AwsApiError(
              'InvalidParameterException',
              'LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.',
              400,
            );
          }
        },
        where(input) {
          const { logGroupNamePrefix: prefix, logGroupNamePattern: pattern } = input;
          if (prefix !== undefined) return (group) => group.logGroupName.startsWith(prefix);
          if (pattern !== undefined) return (group) => group.logGroupName.includes(pattern);
          return undefined;
        },
      }),
    ),
    operation(ListTagsForResource$, listTagsForResource),
  ],
});
