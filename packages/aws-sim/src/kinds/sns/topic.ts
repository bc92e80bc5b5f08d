import type { Topic } from '@aws-sdk/client-sns';
import type { SimTag } from '../../world/records.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import type { KindSpec } from '../kind-spec.js';
import { markedNames } from '../marked-names.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { SALT_SNS_TOPIC, isFifoTopic, topicArn, topicSubscriptionCount } from './sns-layout.js';

/** ListTopics' Topic, with its name, what GetTopicAttributes tells and what ListTagsForResource tells. */
export type SimSnsTopic = Filled<Topic, 'TopicArn'> & {
  Name: string;
  Attributes: Record<string, string>;
  Tags: SimTag[];
};

const TOPIC_NAMES = markedNames({ name: 'snsTopicName', prefix: 'topic-' }, { suffix: '.fifo' }, isFifoTopic);

function defaultPolicy(arn: string, accountId: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:Subscribe',
          'SNS:Publish',
        ],
        Resource: arn,
        Condition: { StringEquals: { 'AWS:SourceOwner': accountId } },
      },
    ],
  });
}

const EFFECTIVE_DELIVERY_POLICY = JSON.stringify({
  http: {
    defaultHealthyRetryPolicy: {
      minDelayTarget: 20,
      maxDelayTarget: 20,
      numRetries: 3,
      numMaxDelayRetries: 0,
      numNoDelayRetries: 0,
      numMinDelayRetries: 0,
      backoffFunction: 'linear',
    },
    disableSubscriptionOverrides: false,
    defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
  },
});

export const snsTopicKind: KindSpec<'snsTopic', SimSnsTopic> = {
  kind: 'snsTopic',
  idField: 'Name',
  ids: TOPIC_NAMES,
  counts: { tiny: 1, small: 3, medium: 20, large: 100 },
  ownFields: ['Name', 'Attributes', 'Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_SNS_TOPIC, index, 1);
    const arn = topicArn(ctx, index);
    const encryption = hash % 3;
    return {
      TopicArn: arn,
      Name: ctx.id('snsTopic', index),
      Attributes: {
        TopicArn: arn,
        Owner: ctx.accountId,
        Policy: defaultPolicy(arn, ctx.accountId),
        DisplayName: hash % 2 === 0 ? `Notices ${index}` : '',
        SubscriptionsConfirmed: String(topicSubscriptionCount(ctx, index)),
        SubscriptionsPending: '0',
        SubscriptionsDeleted: '0',
        EffectiveDeliveryPolicy: EFFECTIVE_DELIVERY_POLICY,
        ...(encryption === 1 ? { KmsMasterKeyId: kmsKeyArn(ctx, hash >>> 8) } : {}),
        ...(encryption === 2 ? { KmsMasterKeyId: 'alias/aws/sns' } : {}),
        ...(isFifoTopic(index) ? { FifoTopic: 'true', ContentBasedDeduplication: String(hash % 2 === 0) } : {}),
        SignatureVersion: '1',
      },
      Tags: [environmentTag(ctx, SALT_SNS_TOPIC, index)],
    };
  },
};
