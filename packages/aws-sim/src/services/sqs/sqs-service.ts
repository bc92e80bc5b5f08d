import { GetQueueAttributes$, ListQueues$, ListQueueTags$ } from '@aws-sdk/client-sqs';
import type {
  GetQueueAttributesRequest,
  GetQueueAttributesResult,
  ListQueuesRequest,
  ListQueueTagsRequest,
  ListQueueTagsResult,
} from '@aws-sdk/client-sqs';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimSqsQueue } from '../../kinds/sqs/queue.js';
import { awsJson1_0 } from '../../protocols/aws-json.js';
import { collectionFor, listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

/** Without MaxResults ListQueues answers up to 1,000 queues and no NextToken: a token needs MaxResults. */
const UNPAGED_LIMIT = 1000;

const listQueuePage = listKind<'sqsQueue', ListQueuesRequest>('sqsQueue', {
  paging: { items: 'QueueUrls', limits: { min: 1, max: 1000, aboveMax: 'reject' } },
  where(input) {
    const prefix = input.QueueNamePrefix;
    return prefix === undefined ? undefined : (queue) => queue.QueueName.startsWith(prefix);
  },
  itemOf: (queue) => queue.QueueUrl,
});

async function listQueues(input: ListQueuesRequest, call: CallContext): Promise<Record<string, unknown>> {
  if (input.MaxResults !== undefined) return listQueuePage(input, call);
  const { NextToken: _unpaged, ...page } = await listQueuePage({ ...input, MaxResults: UNPAGED_LIMIT }, call);
  return page;
}

function requireQueue(call: CallContext, queueUrl: unknown): SimSqsQueue {
  const name = typeof queueUrl === 'string' ? /\/(\d{12})\/([^/]+)$/.exec(queueUrl) : null;
  const queue =
    name && name[1] === call.identity.accountId ? collectionFor('sqsQueue', call).get(name[2] as string) : undefined;
  if (!queue) throw new AwsApiError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
  return queue;
}

function getQueueAttributes(input: GetQueueAttributesRequest, call: CallContext): GetQueueAttributesResult {
  const { Attributes } = requireQueue(call, input.QueueUrl);
  const names = input.AttributeNames ?? [];
  if (names.includes('All')) return { Attributes };
  return {
    Attributes: Object.fromEntries(Object.entries(Attributes).filter(([name]) => names.includes(name as never))),
  };
}

function listQueueTags(input: ListQueueTagsRequest, call: CallContext): ListQueueTagsResult {
  const { Tags } = requireQueue(call, input.QueueUrl);
  return { Tags: Object.fromEntries(Tags.map((tag) => [tag.Key, tag.Value])) };
}

/** SQS over JSON 1.0 (`AmazonSQS.<Operation>`), query compatible: its errors keep their Query codes. */
export const sqsService = declareService({
  name: 'sqs',
  protocol: awsJson1_0,
  targetPrefixes: ['AmazonSQS'],
  errors: {
    invalidPaginationToken: ['InvalidParameterValue', 400],
    malformedInput: ['InvalidParameterValue', 400],
  },
  operations: [
    operation(ListQueues$, listQueues),
    operation(GetQueueAttributes$, getQueueAttributes),
    operation(ListQueueTags$, listQueueTags),
  ],
});
