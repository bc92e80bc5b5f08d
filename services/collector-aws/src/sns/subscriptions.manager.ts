import type { Subscription } from '@aws-sdk/client-sns';
import { ResourceManager, awsMapping, edge, uidFromField } from '@cloud-inventory/collector-kit';
import { topicNameOf } from './sns-arns.js';
import { TopicsManager } from './topics.manager.js';

export class SubscriptionsManager extends ResourceManager<Subscription> {
  readonly kind = 'aws_sns_subscription';
  readonly serviceType = {
    group: 'SNS',
    type: 'Subscription',
    name: 'SNS Subscription',
    labels: ['Application Integration'],
  };
  // The subscription's ARN is its id as AWS gives it (the topic's ARN and a UUID).
  readonly uid = uidFromField('SubscriptionArn');
  readonly mapping = awsMapping<Subscription>({ id: 'SubscriptionArn' });
  override readonly relationships = [
    edge('belongs_to', TopicsManager, (subscription: Subscription) => topicNameOf(subscription.TopicArn)),
  ];
}
