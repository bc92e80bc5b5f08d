import {
  GetQueueAttributesCommand,
  ListQueueTagsCommand,
  ListQueuesCommand,
  SQSClient,
  paginateListQueues,
  type QueueAttributeName,
} from '@aws-sdk/client-sqs';
import { ResourceConnector, awsCall, mapBounded, paginated } from '@cloud-inventory/collector-kit';

/** A queue: its URL, every attribute (GetQueueAttributes All) and its tags (`{ key: value }`). */
export interface QueueDetails {
  QueueUrl: string;
  Attributes?: Partial<Record<QueueAttributeName, string>>;
  Tags?: Record<string, string>;
}

// SQS has no batch call: GetQueueAttributes and ListQueueTags take one queue URL each.
const queuesInFlight = 8;

export class QueuesConnector extends ResourceConnector<QueueDetails> {
  private readonly queueUrls = paginated(SQSClient, paginateListQueues, 'QueueUrls');
  readonly calls = [ListQueuesCommand, GetQueueAttributesCommand, ListQueueTagsCommand].map((command) =>
    awsCall(command),
  );

  async *items(): AsyncIterable<QueueDetails> {
    yield* mapBounded(this.queueUrls.items(this.context), queuesInFlight, (url) => this.details(url));
  }

  private async details(QueueUrl: string): Promise<QueueDetails> {
    const sqs = this.client(SQSClient);
    const [attributes, tags] = await Promise.all([
      sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })),
      sqs.send(new ListQueueTagsCommand({ QueueUrl })),
    ]);
    const queue: QueueDetails = { QueueUrl };
    if (attributes.Attributes) queue.Attributes = attributes.Attributes;
    if (tags.Tags) queue.Tags = tags.Tags;
    return queue;
  }
}
