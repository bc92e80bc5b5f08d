import { describe, expect, it } from '@jest/globals';
import { FunctionsManager } from './functions.manager.js';
import type { FunctionDetails } from './functions.connector.js';

// A function as ListFunctions and ListTags give it (the SDK's FunctionConfiguration, the tags as a map).
const fn: FunctionDetails = {
  FunctionName: 'orders',
  FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders',
  Runtime: 'nodejs22.x',
  Role: 'arn:aws:iam::123456789012:role/service-role/orders-role',
  LastModified: '2025-02-03T04:05:06.789+0000',
  Version: '$LATEST',
  Environment: { Variables: { TABLE: 'orders', DB_PASSWORD: 'hunter2-secret' } },
  VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] },
  Layers: [{ Arn: 'arn:aws:lambda:eu-west-1:123456789012:layer:libs:3', CodeSize: 100 }],
  FileSystemConfigs: [
    {
      Arn: 'arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0',
      LocalMountPath: '/mnt/x',
    },
  ],
  Tags: { team: 'web' },
};
const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };

describe('Lambda functions', () => {
  const manager = new FunctionsManager();

  it("keep the names of the environment's variables, never their values", () => {
    const resource = manager.map(fn, scope);
    expect(resource.data_json).not.toContain('hunter2-secret');
    expect(JSON.parse(resource.data_json)).toMatchObject({
      Environment: { VariableNames: ['TABLE', 'DB_PASSWORD'] },
      Layers: fn.Layers,
      Role: fn.Role,
    });
  });

  it('map the tag map, the last change as updated_at, the role and the VPC placement as edges', () => {
    const resource = manager.map(fn, scope);
    expect(resource).toMatchObject({
      uid: fn.FunctionArn,
      id: 'orders',
      name: 'orders',
      tags: { team: 'web' },
      updated_at: '2025-02-03T04:05:06.789Z',
    });
    expect(resource.created_at).toBeUndefined();
    expect(resource.relationships.map((edge) => [edge.type, edge.target_uid])).toEqual([
      // the role's uid leaves its path out
      ['uses', 'arn:aws:iam::123456789012:role/orders-role'],
      ['in_vpc', 'arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1'],
      ['in_subnet', 'arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-1'],
      ['in_subnet', 'arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-2'],
      ['member_of', 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1'],
      ['uses', fn.FileSystemConfigs?.[0]?.Arn],
    ]);
  });

  it('leave updated_at out when LastModified does not parse, and have only their role outside a VPC', () => {
    const { VpcConfig: _vpc, FileSystemConfigs: _mounts, ...outside } = fn;
    const resource = manager.map({ ...outside, LastModified: 'yesterday' }, scope);
    expect(resource.updated_at).toBeUndefined();
    expect(resource.relationships.map((edge) => edge.target_kind)).toEqual(['aws_iam_role']);
  });

  it("use the ECR repository of an image function's image in their own account and region only", () => {
    const image = (uri: string) => ({ ...fn, PackageType: 'Image' as const, ImageUri: uri });
    const repositoriesOf = (uri: string) =>
      manager
        .map(image(uri), scope)
        .relationships.filter((edge) => edge.target_kind === 'aws_ecr_repository')
        .map((edge) => edge.target_uid);
    expect(repositoriesOf('123456789012.dkr.ecr.eu-west-1.amazonaws.com/lambda/orders:v3')).toEqual([
      'arn:aws:ecr:eu-west-1:123456789012:repository/lambda/orders',
    ]);
    expect(repositoriesOf('210987654321.dkr.ecr.eu-west-1.amazonaws.com/lambda/orders:v3')).toEqual([]);
  });
});
