import { describe, expect, it } from '@jest/globals';
import type { Attachment, Task } from '@aws-sdk/client-ecs';
import { EcsTasksManager } from './tasks.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const arn = (resource: string) => `arn:aws:ecs:eu-west-1:123456789012:${resource}`;

// An awsvpc task's attachment as DescribeTasks answers it: the ENI's id is one of its name/value details.
function eniAttachment(eniId: string, status: string): Attachment {
  return {
    id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    type: 'ElasticNetworkInterface',
    status,
    details: [
      { name: 'subnetId', value: 'subnet-0123456789abcdef0' },
      { name: 'networkInterfaceId', value: eniId },
      { name: 'macAddress', value: '0a:1b:2c:3d:4e:5f' },
      { name: 'privateIPv4Address', value: '10.0.1.23' },
    ],
  };
}

const task: Task = {
  taskArn: arn('task/prod/0123456789abcdef0123456789abcdef'),
  clusterArn: arn('cluster/prod'),
  taskDefinitionArn: arn('task-definition/web:3'),
  attachments: [
    eniAttachment('eni-0a1b2c3d4e5f60718', 'ATTACHED'),
    // Service Connect and other attachments name no ENI
    { id: 'a1', type: 'ServiceConnect', status: 'ATTACHED', details: [{ name: 'networkInterfaceId', value: 'x' }] },
  ],
};

const enisOf = (item: Task) =>
  new EcsTasksManager()
    .map(item, scope)
    .relationships.filter((edge) => edge.target_kind === 'aws_ec2_network_interface')
    .map((edge) => `${edge.type} ${edge.target_uid}`);

describe('ECS tasks', () => {
  it('use the ENI of their ElasticNetworkInterface attachment', () => {
    expect(enisOf(task)).toEqual(['uses arn:aws:ec2:eu-west-1:123456789012:network-interface/eni-0a1b2c3d4e5f60718']);
  });

  it('use no ENI once ECS deleted it, nor one an attachment does not name', () => {
    expect(enisOf({ ...task, attachments: [eniAttachment('eni-0a1b2c3d4e5f60718', 'DELETED')] })).toEqual([]);
    expect(enisOf({ ...task, attachments: [{ ...eniAttachment('', 'ATTACHED'), details: [] }] })).toEqual([]);
    expect(enisOf({ ...task, attachments: undefined })).toEqual([]);
  });
});
