import type { ScopeContext } from '../../world/scope-context.js';

/**
 * How generated SNS topics and subscriptions refer to each other: subscription s is to topic (s mod topics); every
 * fifth topic is a FIFO topic, whose subscribers are SQS queues only.
 */
export const SALT_SNS_TOPIC = 70;
export const SALT_SNS_SUBSCRIPTION = 71;

export function isFifoTopic(topicIndex: number): boolean {
  return topicIndex % 5 === 4;
}

export function subscriptionTopicIndex(ctx: ScopeContext, subscriptionIndex: number): number {
  return subscriptionIndex % Math.max(1, ctx.counts.snsTopic);
}

export function topicSubscriptionCount(ctx: ScopeContext, topicIndex: number): number {
  const topics = Math.max(1, ctx.counts.snsTopic);
  return Math.max(0, Math.ceil((ctx.counts.snsSubscription - topicIndex) / topics));
}

export function topicArn(ctx: ScopeContext, topicIndex: number): string {
  return ctx.arn('sns', ctx.id('snsTopic', topicIndex));
}
