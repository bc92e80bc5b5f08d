import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';
import { securityGroupName, securityGroupVpcIndex } from './network-layout.js';

export interface SimSecurityGroupRule {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  CidrIps: string[];
}

export interface SimSecurityGroup {
  GroupId: string;
  GroupName: string;
  Description: string;
  VpcId: string;
  OwnerId: string;
  IpPermissions: SimSecurityGroupRule[];
  IpPermissionsEgress: SimSecurityGroupRule[];
  Tags: SimTag[];
}

const SALT_GROUP = 13;

export const securityGroupKind: KindSpec<'securityGroup', SimSecurityGroup> = {
  kind: 'securityGroup',
  idField: 'GroupId',
  ids: { prefix: 'sg-' },
  counts: { tiny: 2, small: 4, medium: 16, large: 60 },
  generate(ctx, index) {
    const name = securityGroupName(ctx, index);
    const isDefault = name === 'default';
    const port = pick([22, 80, 443, 5432, 8080], ctx.hash(SALT_GROUP, index, 1));
    return {
      GroupId: ctx.id('securityGroup', index),
      GroupName: name,
      Description: isDefault ? 'default VPC security group' : `application group ${index}`,
      VpcId: ctx.id('vpc', securityGroupVpcIndex(ctx, index)),
      OwnerId: ctx.accountId,
      IpPermissions: isDefault
        ? [{ IpProtocol: '-1', CidrIps: [] }]
        : [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, CidrIps: [port === 443 ? '0.0.0.0/0' : '10.0.0.0/8'] }],
      IpPermissionsEgress: [{ IpProtocol: '-1', CidrIps: ['0.0.0.0/0'] }],
      Tags: isDefault ? [] : [{ Key: 'Name', Value: name }, environmentTag(ctx, SALT_GROUP, index)],
    };
  },
  describe: {
    operation: 'DescribeSecurityGroups',
    items: 'SecurityGroups',
    ids: { member: 'GroupIds', notFoundCode: 'InvalidGroup.NotFound', notFoundNoun: 'security group' },
    pageLimits: PAGE_1000,
    filters: {
      'group-id': (r) => [r.GroupId],
      'group-name': (r) => [r.GroupName],
      'vpc-id': (r) => [r.VpcId],
      description: (r) => [r.Description],
      'owner-id': (r) => [r.OwnerId],
      'ip-permission.from-port': (r) => r.IpPermissions.map((p) => p.FromPort),
      'ip-permission.cidr': (r) => r.IpPermissions.flatMap((p) => p.CidrIps),
    },
    selectors: [{ member: 'GroupNames', valueOf: (r) => r.GroupName }],
  },
};
