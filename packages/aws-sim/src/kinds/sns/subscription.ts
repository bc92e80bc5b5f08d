import type { Subscription } from '@aws-sdk/client-sns';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import { lambdaFunctionArnAt } from '../lambda/function.js';
import { queueArnAt } from '../sqs/queue.js';
import type { Filled } from '../populated.js';
import { SALT_SNS_SUBSCRIPTION, isFifoTopic, subscriptionTopicIndex, topicArn } from './sns-layout.js';

type SubscriptionFields = 'SubscriptionArn' | 'Owner' | 'Protocol' | 'Endpoint' | 'TopicArn';

/** ListSubscriptions' Subscription (confirmed ones: a pending one has no ARN yet). */
export type SimSnsSubscription = Filled<Subscription, SubscriptionFields>;

const SUBSCRIPTION_ID = { name: 'snsSubscriptionId', prefix: '' };
const PROTOCOLS = ['sqs', 'lambda', 'email', 'https'] as const;

/** A subscription's id as AWS gives it, a UUID: here the part id's 17 hex digits and a filler of the scope's key. */
function subscriptionUuid(ctx: ScopeContext, index: number): string {
  const hex = `${ctx.id(SUBSCRIPTION_ID, index)}${(ctx.key >>> 0).toString(16).padStart(8, '0')}0000000`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function subscriptionArnAt(ctx: ScopeContext, index: number): string {
  return `${topicArn(ctx, subscriptionTopicIndex(ctx, index))}:${subscriptionUuid(ctx, index)}`;
}

/**
 * The endpoint a subscription delivers to, by its protocol: one of the scope's queues or functions (one deleted
 * since, `notices-<i>` or `on-notice-<i>`, in a scope that has none).
 */
function endpointOf(ctx: ScopeContext, protocol: (typeof PROTOCOLS)[number], index: number): string {
  const hash = ctx.hash(SALT_SNS_SUBSCRIPTION, index, 2);
  const { sqsQueue, lambdaFunction } = ctx.counts;
  switch (protocol) {
    case 'sqs':
      return sqsQueue > 0 ? queueArnAt(ctx, hash % sqsQueue) : ctx.arn('sqs', `notices-${index}`);
    case 'lambda':
      return lambdaFunction > 0
        ? lambdaFunctionArnAt(ctx, hash % lambdaFunction)
        : ctx.arn('lambda', `function:on-notice-${index}`);
    case 'email':
      return `alerts+${index}@example.com`;
    case 'https':
      return `https://hooks.example.com/sns/${index}`;
  }
}

export const snsSubscriptionKind: KindSpec<'snsSubscription', SimSnsSubscription> = {
  kind: 'snsSubscription',
  idField: 'SubscriptionArn',
  ids: {
    nameAt: subscriptionArnAt,
    indexOf(ctx, arn) {
      const uuid = arn.slice(arn.lastIndexOf(':') + 1).replaceAll('-', '');
      const index = ctx.partIndexOf(SUBSCRIPTION_ID, uuid.slice(0, 17));
      return index !== undefined && subscriptionArnAt(ctx, index) === arn ? index : undefined;
    },
  },
  counts: { tiny: 1, small: 5, medium: 40, large: 250 },
  generate(ctx, index) {
    const topic = subscriptionTopicIndex(ctx, index);
    const protocol = isFifoTopic(topic) ? 'sqs' : pick(PROTOCOLS, ctx.hash(SALT_SNS_SUBSCRIPTION, index, 1));
    return {
      SubscriptionArn: ctx.id('snsSubscription', index),
      Owner: ctx.accountId,
      Protocol: protocol,
      Endpoint: endpointOf(ctx, protocol, index),
      TopicArn: topicArn(ctx, topic),
    };
  },
};
