import { describe, expect, it } from '@jest/globals';
import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { servedBy } from './eni-served.js';
import { NetworkInterfacesManager } from './network-interfaces.manager.js';

// AWS answers interface types the SDK's enum lacks (`nat_gateway`; the enum says `natGateway`).
const type = (answered: string) => answered as NetworkInterface['InterfaceType'];
const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const arn = (resource: string) => `arn:aws:ec2:eu-west-1:123456789012:${resource}`;

// ENIs as DescribeNetworkInterfaces answers them for what AWS creates them for.
const natEni: NetworkInterface = {
  NetworkInterfaceId: 'eni-0a1b2c3d4e5f60718',
  SubnetId: 'subnet-0123456789abcdef0',
  VpcId: 'vpc-0123456789abcdef0',
  Groups: [],
  Description: 'Interface for NAT Gateway nat-0f1e2d3c4b5a69788',
  InterfaceType: type('nat_gateway'),
  RequesterId: 'amazon-aws',
  RequesterManaged: true,
  Attachment: { AttachmentId: 'ela-attach-0a1b2c3d4e5f60718', InstanceOwnerId: 'amazon-aws', Status: 'attached' },
  TagSet: [{ Key: 'Name', Value: 'nat eni' }],
};
const albEni: NetworkInterface = {
  Description: 'ELB app/my-alb/50dc6c495c0c9188',
  InterfaceType: type('interface'),
  RequesterId: 'amazon-elb',
  RequesterManaged: true,
};
const nlbEni: NetworkInterface = {
  ...albEni,
  Description: 'ELB net/my-nlb/0123456789abcdef',
  InterfaceType: type('network_load_balancer'),
};
const classicEni: NetworkInterface = { ...albEni, Description: 'ELB my-classic-lb' };
const lambdaEni: NetworkInterface = {
  Description: 'AWS Lambda VPC ENI-orders-api-7a3c4e8f-1b2d-4c5e-9f60-718293a4b5c6',
  InterfaceType: type('lambda'),
  RequesterId: 'AROAEXAMPLEROLEID:7a3c4e8f-1b2d-4c5e-9f60-718293a4b5c6',
  RequesterManaged: true,
};
const efsEni: NetworkInterface = {
  Description: 'EFS mount target for fs-0123abcd (fsmt-0a1b2c3d)',
  InterfaceType: type('interface'),
  RequesterManaged: true,
};
const endpointEni: NetworkInterface = {
  Description: 'VPC Endpoint Interface vpce-0a1b2c3d4e5f60718',
  InterfaceType: type('vpc_endpoint'),
  RequesterId: '727180483921',
  RequesterManaged: true,
};

describe('ENIs', () => {
  const manager = new NetworkInterfacesManager();

  it('map with their TagSet as tags, and point at their subnet, VPC, groups and the instance they are on', () => {
    const resource = manager.map(
      {
        ...natEni,
        Description: '',
        InterfaceType: type('interface'),
        RequesterManaged: false,
        Groups: [{ GroupId: 'sg-0123456789abcdef0', GroupName: 'default' }],
        Attachment: { AttachmentId: 'eni-attach-0a1b2c3d4e5f60718', InstanceId: 'i-0123456789abcdef0' },
      },
      scope,
    );
    expect(resource).toMatchObject({
      uid: arn('network-interface/eni-0a1b2c3d4e5f60718'),
      name: 'nat eni',
      tags: { Name: 'nat eni' },
      kind: 'aws_ec2_network_interface',
    });
    expect(JSON.parse(resource.data_json)).not.toHaveProperty('TagSet');
    expect(resource.relationships).toEqual([
      { type: 'in_subnet', target_kind: 'aws_subnet', target_uid: arn('subnet/subnet-0123456789abcdef0') },
      { type: 'in_vpc', target_kind: 'aws_vpc', target_uid: arn('vpc/vpc-0123456789abcdef0') },
      {
        type: 'member_of',
        target_kind: 'aws_ec2_security_group',
        target_uid: arn('security-group/sg-0123456789abcdef0'),
      },
      { type: 'attached_to', target_kind: 'aws_ec2_instance', target_uid: arn('instance/i-0123456789abcdef0') },
    ]);
  });

  it('are attached to the NAT gateway their description names', () => {
    const { relationships } = manager.map(natEni, scope);
    expect(relationships).toContainEqual({
      type: 'attached_to',
      target_kind: 'aws_ec2_nat_gateway',
      target_uid: arn('natgateway/nat-0f1e2d3c4b5a69788'),
    });
  });

  it('are attached to the load balancer, function, mount target or endpoint they serve', () => {
    const served = (eni: NetworkInterface) =>
      manager
        .map({ ...eni, NetworkInterfaceId: 'eni-0123456789abcdef0' }, scope)
        .relationships.filter((relationship) => relationship.type === 'attached_to');
    const lambda = `arn:aws:lambda:eu-west-1:123456789012:function:orders-api`;
    const elb = (resource: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/${resource}`;
    expect(served(albEni)).toEqual([
      { type: 'attached_to', target_kind: 'aws_elbv2_load_balancer', target_uid: elb('app/my-alb/50dc6c495c0c9188') },
    ]);
    expect(served(classicEni)).toEqual([
      { type: 'attached_to', target_kind: 'aws_elb_load_balancer', target_uid: elb('my-classic-lb') },
    ]);
    expect(served(lambdaEni)).toEqual([
      { type: 'attached_to', target_kind: 'aws_lambda_function', target_uid: lambda },
    ]);
    expect(served(efsEni)).toEqual([
      {
        type: 'attached_to',
        target_kind: 'aws_efs_mount_target',
        target_uid: 'arn:aws:elasticfilesystem:eu-west-1:123456789012:mount-target/fsmt-0a1b2c3d',
      },
    ]);
    expect(served(endpointEni)).toEqual([
      {
        type: 'attached_to',
        target_kind: 'aws_ec2_vpc_endpoint',
        target_uid: arn('vpc-endpoint/vpce-0a1b2c3d4e5f60718'),
      },
    ]);
  });

  it('name what they serve as AWS writes it: load balancer, Lambda function, mount target, endpoint', () => {
    expect(servedBy(natEni, 'nat_gateway')).toBe('nat-0f1e2d3c4b5a69788');
    expect(servedBy(albEni, 'elbv2_load_balancer')).toBe('app/my-alb/50dc6c495c0c9188');
    expect(servedBy(nlbEni, 'elbv2_load_balancer')).toBe('net/my-nlb/0123456789abcdef');
    expect(servedBy(albEni, 'elb_load_balancer')).toBeUndefined();
    expect(servedBy(classicEni, 'elb_load_balancer')).toBe('my-classic-lb');
    expect(servedBy(lambdaEni, 'lambda_function')).toBe('orders-api');
    expect(servedBy({ ...lambdaEni, Description: 'AWS Lambda VPC ENI-reports' }, 'lambda_function')).toBe('reports');
    expect(servedBy(efsEni, 'efs_mount_target')).toBe('fsmt-0a1b2c3d');
    expect(servedBy(natEni, 'lambda_function')).toBeUndefined();
    expect(servedBy(endpointEni, 'vpc_endpoint')).toBe('vpce-0a1b2c3d4e5f60718');
    expect(servedBy(efsEni, 'vpc_endpoint')).toBeUndefined();
  });

  it('that a user described alike, or with descriptions AWS never writes, serve nothing', () => {
    const own: NetworkInterface = {
      RequesterManaged: false,
      InterfaceType: type('interface'),
      RequesterId: '123456789012',
    };
    expect(servedBy({ ...natEni, ...own }, 'nat_gateway')).toBeUndefined();
    expect(servedBy({ ...albEni, ...own }, 'elbv2_load_balancer')).toBeUndefined();
    expect(servedBy({ ...lambdaEni, ...own }, 'lambda_function')).toBeUndefined();
    expect(servedBy({ ...efsEni, ...own }, 'efs_mount_target')).toBeUndefined();
    expect(servedBy({ ...endpointEni, ...own }, 'vpc_endpoint')).toBeUndefined();
    expect(servedBy({ ...natEni, Description: `${natEni.Description ?? ''} ` }, 'nat_gateway')).toBeUndefined();
    const long = `AWS Lambda VPC ENI-${'a-'.repeat(5000)}`;
    const started = performance.now();
    expect(servedBy({ ...lambdaEni, Description: long }, 'lambda_function')).toBeUndefined();
    expect(
      servedBy({ ...lambdaEni, Description: `AWS Lambda VPC ENI-${'a-'.repeat(100)}!` }, 'lambda_function'),
    ).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
    expect(manager.map({ ...natEni, Description: undefined }, scope).relationships).not.toContainEqual(
      expect.objectContaining({ target_kind: 'aws_ec2_nat_gateway' }),
    );
  });
});
