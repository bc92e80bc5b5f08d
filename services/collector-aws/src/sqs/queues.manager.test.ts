import { describe, expect, it } from '@jest/globals';
import { QueuesManager } from './queues.manager.js';
import type { QueueDetails } from './queues.connector.js';

// Queues as the SDK parses GetQueueAttributes(All): the conformance suite collects real ones; this checks what it
// cannot know, the edges parsed out of the RedrivePolicy JSON and the key references.
const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const url = (name: string) => `https://sqs.eu-west-1.amazonaws.com/123456789012/${name}`;

function queue(name: string, attributes: QueueDetails['Attributes']): QueueDetails {
  return { QueueUrl: url(name), Attributes: attributes };
}

function edgesOf(item: QueueDetails) {
  return new QueuesManager().map(item, scope).relationships;
}

describe('SQS queues', () => {
  it('deliver to the dead-letter queue their RedrivePolicy names, and name themselves after their URL', () => {
    const orders = queue('orders-0', {
      CreatedTimestamp: '1700000000',
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:123456789012:dead-letters-4',
        maxReceiveCount: 5,
      }),
    });
    const resource = new QueuesManager().map(orders, scope);
    expect(resource).toMatchObject({
      id: 'orders-0',
      name: 'orders-0',
      uid: 'arn:aws:sqs:eu-west-1:123456789012:orders-0',
      created_at: '2023-11-14T22:13:20.000Z',
    });
    expect(resource.relationships).toEqual([
      {
        type: 'delivers_to',
        target_kind: 'aws_sqs_queue',
        target_uid: 'arn:aws:sqs:eu-west-1:123456789012:dead-letters-4',
      },
    ]);
  });

  it('deliver nowhere when the RedrivePolicy is no JSON or names no queue', () => {
    expect(edgesOf(queue('a-1', { RedrivePolicy: '{not json' }))).toEqual([]);
    expect(edgesOf(queue('a-2', { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 42 }) }))).toEqual([]);
    expect(edgesOf(queue('a-3', { RedrivePolicy: 'null' }))).toEqual([]);
  });

  it('are encrypted by the key a key ARN names, and by the alias an alias names', () => {
    const keyArn = 'arn:aws:kms:eu-west-1:123456789012:key/0b9c7a46-1d2e-4f3a-8b5c-6d7e8f9a0b1c';
    expect(edgesOf(queue('k-1', { KmsMasterKeyId: keyArn }))).toEqual([
      { type: 'encrypted_by', target_kind: 'aws_kms_key', target_uid: keyArn },
    ]);
    expect(edgesOf(queue('k-2', { KmsMasterKeyId: 'alias/aws/sqs' }))).toEqual([
      {
        type: 'encrypted_by',
        target_kind: 'aws_kms_alias',
        target_uid: 'arn:aws:kms:eu-west-1:123456789012:alias/aws/sqs',
      },
    ]);
    expect(edgesOf(queue('k-3', { KmsMasterKeyId: '0b9c7a46-1d2e-4f3a-8b5c-6d7e8f9a0b1c' }))).toEqual([
      { type: 'encrypted_by', target_kind: 'aws_kms_key', target_uid: keyArn },
    ]);
    expect(edgesOf(queue('k-4', { SqsManagedSseEnabled: 'true' }))).toEqual([]);
  });

  it('are Encrypted (in data) with SSE-KMS or SSE-SQS, though SSE-SQS gives no edge, and not without either', () => {
    const encrypted = (attributes: QueueDetails['Attributes']) =>
      (JSON.parse(new QueuesManager().map(queue('q', attributes), scope).data_json) as { Encrypted?: boolean })
        .Encrypted;
    expect(encrypted({ KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: 'false' })).toBe(true);
    expect(encrypted({ SqsManagedSseEnabled: 'true' })).toBe(true);
    expect(encrypted({ SqsManagedSseEnabled: 'false' })).toBe(false);
    expect(encrypted({})).toBe(false);
  });
});
