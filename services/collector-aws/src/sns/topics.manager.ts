import { MappingError, ResourceManager, arnFor, awsTags, rawExcept } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import type { TopicDetails } from './topics.connector.js';
import { topicNameOf } from './sns-arns.js';

function topicName(topic: TopicDetails): string {
  const name = topicNameOf(topic.TopicArn);
  if (name === undefined) throw new MappingError('TopicArn');
  return name;
}

export class TopicsManager extends ResourceManager<TopicDetails> {
  readonly kind = 'aws_sns_topic';
  readonly serviceType = {
    group: 'SNS',
    type: 'Topic',
    name: 'SNS Topic',
    labels: ['Application Integration'],
    family: 'topic',
  };
  readonly uid = arnFor('sns', '');
  // ListTopics names a topic by its ARN only: the name is the ARN's last part.
  readonly mapping = { id: topicName, name: topicName, tags: awsTags(), data: rawExcept<TopicDetails>('Tags') };
  // a key id, key ARN, alias name (`alias/aws/sns`) or alias ARN
  override readonly relationships = encryptedBy((topic: TopicDetails) => topic.Attributes?.KmsMasterKeyId);
}
