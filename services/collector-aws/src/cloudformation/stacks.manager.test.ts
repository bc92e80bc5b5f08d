import { describe, expect, it } from '@jest/globals';
import { StacksManager } from './stacks.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const summary = (type: string, physical: string | undefined) => ({
  LogicalResourceId: type.split('::')[2],
  ResourceType: type,
  LastUpdatedTimestamp: new Date('2026-01-02T03:04:05Z'),
  ResourceStatus: 'CREATE_COMPLETE' as const,
  ...(physical === undefined ? {} : { PhysicalResourceId: physical }),
});

describe('CloudFormation stacks', () => {
  it('manage the resources of the inventory they created, by physical id, and nothing else', () => {
    const resource = new StacksManager().map(
      {
        StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/app/0a1b2c3d-4e5f-6789-a000-0a1b2c3d4e5f',
        StackName: 'app',
        CreationTime: new Date('2026-01-02T03:04:05Z'),
        StackStatus: 'CREATE_COMPLETE',
        Resources: [
          summary('AWS::EC2::Instance', 'i-0123456789abcdef0'),
          summary('AWS::SNS::Topic', 'arn:aws:sns:eu-west-1:123456789012:notices'),
          summary('AWS::IAM::Role', 'app-AppRole-1'),
          summary('AWS::SQS::Queue', 'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs'),
          summary('AWS::RDS::DBInstance', undefined),
          summary('AWS::Logs::LogGroup', '/app/logs'),
        ],
      },
      scope,
    );
    expect(resource.relationships).toEqual([
      {
        type: 'manages',
        target_kind: 'aws_ec2_instance',
        target_uid: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0123456789abcdef0',
      },
      { type: 'manages', target_kind: 'aws_sns_topic', target_uid: 'arn:aws:sns:eu-west-1:123456789012:notices' },
      // a queue by its URL, a role by its name (IAM's uids have no region)
      { type: 'manages', target_kind: 'aws_sqs_queue', target_uid: 'arn:aws:sqs:eu-west-1:123456789012:jobs' },
      { type: 'manages', target_kind: 'aws_iam_role', target_uid: 'arn:aws:iam::123456789012:role/app-AppRole-1' },
    ]);
  });
});
