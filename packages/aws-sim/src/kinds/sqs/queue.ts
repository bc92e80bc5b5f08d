import type { QueueAttributeName } from '@aws-sdk/client-sqs';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { indexedNames } from '../indexed-names.js';
import type { KindSpec } from '../kind-spec.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import { environmentTag } from '../tags.js';

/** A queue: its URL and name (ListQueues), the attributes GetQueueAttributes(All) gives, the tags of ListQueueTags. */
export interface SimSqsQueue {
  QueueUrl: string;
  QueueName: string;
  Attributes: Partial<Record<QueueAttributeName, string>>;
  Tags: SimTag[];
}

const SALT_QUEUE = 44;
const PURPOSES = ['orders', 'emails', 'events', 'jobs'];
/** Queue 5k+4 is the dead-letter queue of queues 5k..5k+3. */
const GROUP = 5;

const isDeadLetterQueue = (index: number) => index % GROUP === GROUP - 1;
const isFifo = (index: number) => !isDeadLetterQueue(index) && index % 7 === 6;

export function queueNameAt(_ctx: ScopeContext, index: number): string {
  if (isDeadLetterQueue(index)) return `dead-letters-${index}`;
  const name = `${PURPOSES[index % PURPOSES.length]}-${index}`;
  return isFifo(index) ? `${name}.fifo` : name;
}

/** The ARN of the scope's queue `index`: how other kinds name it (a subscription's endpoint). */
export function queueArnAt(ctx: ScopeContext, index: number): string {
  return ctx.arn('sqs', queueNameAt(ctx, index));
}

export function queueUrlOf(ctx: ScopeContext, name: string): string {
  const domain = ctx.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sqs.${ctx.region}.${domain}/${ctx.accountId}/${name}`;
}

/** Standard queues of a group send what they fail to deliver to the group's dead-letter queue, when it exists. */
function redrivePolicy(ctx: ScopeContext, index: number, hash: number): string | undefined {
  const deadLetterIndex = index - (index % GROUP) + GROUP - 1;
  if (isDeadLetterQueue(index) || isFifo(index) || deadLetterIndex >= ctx.counts.sqsQueue || hash % 3 === 0) {
    return undefined;
  }
  const deadLetterTargetArn = ctx.arn('sqs', queueNameAt(ctx, deadLetterIndex));
  return JSON.stringify({ deadLetterTargetArn, maxReceiveCount: 3 + (hash % 5) });
}

function encryption(ctx: ScopeContext, hash: number): Partial<Record<QueueAttributeName, string>> {
  if (hash % 3 === 0) return { SqsManagedSseEnabled: 'true' };
  if (hash % 3 === 1) return { SqsManagedSseEnabled: 'false' };
  // a KMS encrypted queue names its key as it was given: the AWS managed key by alias, a customer key by ARN
  const KmsMasterKeyId = hash % 2 === 0 ? 'alias/aws/sqs' : kmsKeyArn(ctx, hash >>> 1);
  return { KmsMasterKeyId, KmsDataKeyReusePeriodSeconds: '300', SqsManagedSseEnabled: 'false' };
}

export const sqsQueueKind: KindSpec<'sqsQueue', SimSqsQueue> = {
  kind: 'sqsQueue',
  idField: 'QueueName',
  ids: indexedNames(queueNameAt, /-(\d+)(?:\.fifo)?$/),
  counts: { tiny: 2, small: 6, medium: 60, large: 300 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_QUEUE, index, 1);
    const name = queueNameAt(ctx, index);
    const created = Math.floor(ctx.date('2022-03-01T00:00:00Z', 700, hash).getTime() / 1000);
    const attributes: Partial<Record<QueueAttributeName, string>> = {
      QueueArn: ctx.arn('sqs', name),
      ApproximateNumberOfMessages: String(hash % 40),
      ApproximateNumberOfMessagesNotVisible: String(hash % 3),
      ApproximateNumberOfMessagesDelayed: '0',
      CreatedTimestamp: String(created),
      LastModifiedTimestamp: String(created + (hash % 86_400)),
      VisibilityTimeout: String(30 * (1 + (hash % 4))),
      MaximumMessageSize: '262144',
      MessageRetentionPeriod: isDeadLetterQueue(index) ? '1209600' : '345600',
      DelaySeconds: '0',
      ReceiveMessageWaitTimeSeconds: hash % 2 === 0 ? '20' : '0',
      ...encryption(ctx, hash >>> 3),
    };
    const redrive = redrivePolicy(ctx, index, hash >>> 7);
    if (redrive) attributes.RedrivePolicy = redrive;
    if (isFifo(index)) {
      attributes.FifoQueue = 'true';
      attributes.ContentBasedDeduplication = hash % 2 === 0 ? 'true' : 'false';
      attributes.DeduplicationScope = 'queue';
      attributes.FifoThroughputLimit = 'perQueue';
    }
    return {
      QueueUrl: queueUrlOf(ctx, name),
      QueueName: name,
      Attributes: attributes,
      Tags: hash % 4 === 0 ? [] : [{ Key: 'Team', Value: `team-${hash % 6}` }, environmentTag(ctx, SALT_QUEUE, index)],
    };
  },
};
