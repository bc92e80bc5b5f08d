import {
  GetTopicAttributes$,
  ListSubscriptions$,
  ListTagsForResource$,
  ListTopics$,
  type GetTopicAttributesInput,
  type GetTopicAttributesResponse,
  type ListTagsForResourceRequest,
  type ListTagsForResourceResponse,
} from '@aws-sdk/client-sns';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimSnsTopic } from '../../kinds/sns/topic.js';
import { awsQuery } from '../../protocols/aws-query.js';
import { collectionFor, listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

// ListTopics and ListSubscriptions answer 100 a page, under NextToken, with no page size to ask for.
const PAGE = { inputToken: 'NextToken', outputToken: 'NextToken', defaultPageSize: 100 };
const TOPIC_ARN = /^arn:aws(?:-[a-z]+)*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,256}(?:\.fifo)?)$/;

/** The topic an ARN of this region and account names; a malformed ARN is InvalidParameter, an unknown one `notFound`. */
function topicNamed(arn: unknown, member: string, call: CallContext, notFound: [string, string]): SimSnsTopic {
  const match = TOPIC_ARN.exec(String(arn ?? ''));
  if (!match) throw new AwsApiError('InvalidParameter', `Invalid parameter: ${member}`, 400);
  const topic =
    match[1] === call.region && match[2] === call.identity.accountId
      ? collectionFor('snsTopic', call).get(match[3] as string)
      : undefined;
  if (!topic) throw new AwsApiError(notFound[0], notFound[1], 404);
  return topic;
}

function getTopicAttributes(input: GetTopicAttributesInput, call: CallContext): GetTopicAttributesResponse {
  const topic = topicNamed(input.TopicArn, 'TopicArn', call, ['NotFound', 'Topic does not exist']);
  return { Attributes: topic.Attributes };
}

function listTagsForResource(input: ListTagsForResourceRequest, call: CallContext): ListTagsForResourceResponse {
  const topic = topicNamed(input.ResourceArn, 'ResourceArn', call, ['ResourceNotFound', 'Resource does not exist']);
  return { Tags: topic.Tags.map((tag) => ({ Key: tag.Key, Value: tag.Value })) };
}

/** SNS over awsQuery: topics (ListTopics, GetTopicAttributes, ListTagsForResource) and subscriptions. */
export const snsService = declareService({
  name: 'sns',
  protocol: awsQuery,
  xmlNamespace: 'http://sns.amazonaws.com/doc/2010-03-31/',
  errors: { malformedInput: ['InvalidParameter', 400], invalidPaginationToken: ['InvalidParameter', 400] },
  operations: [
    operation(
      ListTopics$,
      listKind('snsTopic', { paging: { items: 'Topics', ...PAGE }, itemOf: (topic) => ({ TopicArn: topic.TopicArn }) }),
    ),
    operation(GetTopicAttributes$, getTopicAttributes),
    operation(ListTagsForResource$, listTagsForResource),
    operation(ListSubscriptions$, listKind('snsSubscription', { paging: { items: 'Subscriptions', ...PAGE } })),
  ],
});
