import type { Subscription } from '@aws-sdk/client-sns';
import { ResourceManager, awsMapping, edge, uidFromField } from '@cloud-inventory/collector-kit';
import { functionOfArn } from '../lambda/function-arns.js';
import { FunctionsManager } from '../lambda/functions.manager.js';
import { QueuesManager } from '../sqs/queues.manager.js';
import { topicNameOf } from './sns-arns.js';
import { TopicsManager } from './topics.manager.js';

// arn:<partition>:sqs:<region>:<account>:<queue name>
const QUEUE_ARN = /^arn:[a-z-]+:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+(?:\.fifo)?$/;

function queueOfEndpoint(subscription: Subscription): string | undefined {
  const endpoint = subscription.Endpoint;
  return subscription.Protocol === 'sqs' && endpoint !== undefined && QUEUE_ARN.test(endpoint) ? endpoint : undefined;
}

export class SubscriptionsManager extends ResourceManager<Subscription> {
  readonly kind = 'aws_sns_subscription';
  readonly serviceType = {
    group: 'SNS',
    type: 'Subscription',
    name: 'SNS Subscription',
    labels: ['Application Integration'],
    family: 'subscription',
  };
  // The subscription's ARN is its id as AWS gives it (the topic's ARN and a UUID).
  readonly uid = uidFromField('SubscriptionArn');
  readonly mapping = awsMapping<Subscription>({ id: 'SubscriptionArn' });
  override readonly relationships = [
    edge('belongs_to', TopicsManager, (subscription: Subscription) => topicNameOf(subscription.TopicArn)),
    // the queue or function it delivers to, by ARN (an email address or URL is no resource)
    edge('delivers_to', QueuesManager, (subscription: Subscription) => queueOfEndpoint(subscription)),
    edge('delivers_to', FunctionsManager, (subscription: Subscription) =>
      subscription.Protocol === 'lambda' ? functionOfArn(subscription.Endpoint) : undefined,
    ),
  ];
}
