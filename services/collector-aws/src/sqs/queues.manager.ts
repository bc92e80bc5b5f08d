import {
  MappingError,
  ResourceManager,
  arnFor,
  edge,
  keepingArns,
  rawExcept,
  tagMap,
  type Relationship,
} from '@cloud-inventory/collector-kit';
import { withEncrypted } from '../kms/encrypted-at-rest.js';
import { encryptedBy } from '../kms/encrypted-by.js';
import type { QueueDetails } from './queues.connector.js';

/** The queue's name: the last part of its URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`). */
function queueNameOf(queue: QueueDetails): string {
  const name = queue.QueueUrl.slice(queue.QueueUrl.lastIndexOf('/') + 1);
  if (name.trim() === '') throw new MappingError('QueueUrl');
  return name;
}

/** The dead-letter queue's name, from the RedrivePolicy JSON's deadLetterTargetArn (`arn:...:sqs:<region>:<account>:<name>`). */
function deadLetterQueueOf(queue: QueueDetails): string | undefined {
  const policy = queue.Attributes?.RedrivePolicy;
  if (policy === undefined) return undefined;
  let target: unknown;
  try {
    target = (JSON.parse(policy) as { deadLetterTargetArn?: unknown } | null)?.deadLetterTargetArn;
  } catch {
    return undefined; // a policy that is no JSON names no queue
  }
  return typeof target === 'string' ? /^arn:[^:]+:sqs:[^:]+:\d{12}:([^:]+)$/.exec(target)?.[1] : undefined;
}

function epochSecondsIso(value: string | undefined): string | undefined {
  const seconds = Number(value);
  return value === undefined || !Number.isFinite(seconds) ? undefined : new Date(seconds * 1000).toISOString();
}

/** SSE-KMS (a key the attributes name) or SSE-SQS (a key SQS owns, the default of new queues). */
function isEncrypted(queue: QueueDetails): boolean {
  const attributes = queue.Attributes ?? {};
  return attributes.SqsManagedSseEnabled === 'true' || (attributes.KmsMasterKeyId ?? '') !== '';
}

export class QueuesManager extends ResourceManager<QueueDetails> {
  readonly kind = 'aws_sqs_queue';
  readonly serviceType = {
    group: 'SQS',
    type: 'Queue',
    name: 'SQS Queue',
    labels: ['Application Integration'],
    family: 'queue',
  };
  // a subscription names its queue by ARN, maybe another account's
  readonly uid = keepingArns(arnFor('sqs', ''));
  readonly mapping = withEncrypted<QueueDetails>(
    {
      id: queueNameOf,
      name: queueNameOf,
      created_at: (queue: QueueDetails) => epochSecondsIso(queue.Attributes?.CreatedTimestamp),
      tags: tagMap('Tags'),
      data: rawExcept<QueueDetails>('Tags'),
    },
    isEncrypted,
  );
  // message counts move all the time while the queue stays as it was
  override readonly volatile = [
    'Attributes.ApproximateNumberOfMessages',
    'Attributes.ApproximateNumberOfMessagesNotVisible',
    'Attributes.ApproximateNumberOfMessagesDelayed',
  ];
  // annotated: the edge to its own kind refers to the class being defined
  override readonly relationships: readonly Relationship<QueueDetails>[] = [
    edge('delivers_to', QueuesManager, deadLetterQueueOf),
    ...encryptedBy((queue: QueueDetails) => queue.Attributes?.KmsMasterKeyId),
  ];
}
