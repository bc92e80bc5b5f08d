import {
  GetTopicAttributesCommand,
  ListTagsForResourceCommand,
  SNSClient,
  paginateListTopics,
  type Tag,
} from '@aws-sdk/client-sns';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** A topic with what SNS only tells per topic: its attributes and tags. */
export interface TopicDetails {
  TopicArn: string;
  Attributes?: Record<string, string>;
  Tags?: Tag[];
}

const topicsInFlight = 8;

// ListTopics gives ARNs only; GetTopicAttributes and ListTagsForResource take one topic each (SNS has no batch call).
export class TopicsConnector extends ResourceConnector<TopicDetails> {
  private readonly topics = paginated(SNSClient, paginateListTopics, 'Topics');
  readonly calls = [...this.topics.calls(), awsCall(GetTopicAttributesCommand), awsCall(ListTagsForResourceCommand)];

  async *items(): AsyncIterable<TopicDetails> {
    const sns = this.client(SNSClient);
    yield* mapBounded(this.topics.items(this.context), topicsInFlight, async (topic) => {
      const TopicArn = requiredField(topic, 'TopicArn');
      const [attributes, tags] = await Promise.all([
        sns.send(new GetTopicAttributesCommand({ TopicArn })),
        sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn })),
      ]);
      const details: TopicDetails = { TopicArn };
      if (attributes.Attributes) details.Attributes = attributes.Attributes;
      if (tags.Tags) details.Tags = tags.Tags;
      return details;
    });
  }
}
