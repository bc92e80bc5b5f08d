import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';
import { securityGroupName, securityGroupVpcIndex } from './network-layout.js';

export type SimSecurityGroupRule = Filled<
  IpPermission,
  'IpProtocol' | 'IpRanges' | 'Ipv6Ranges' | 'PrefixListIds' | 'UserIdGroupPairs'
>;

export type SimSecurityGroup = Tagged<
  Omit<
    Filled<SecurityGroup, 'GroupId' | 'GroupName' | 'Description' | 'VpcId' | 'OwnerId' | 'SecurityGroupArn'>,
    'IpPermissions' | 'IpPermissionsEgress'
  >
> & { IpPermissions: SimSecurityGroupRule[]; IpPermissionsEgress: SimSecurityGroupRule[] };

const SALT_GROUP = 13;

function rule(fields: Partial<SimSecurityGroupRule>): SimSecurityGroupRule {
  return { IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [], ...fields };
}

/** A default group lets its own members in; an application group opens one port; every group may go out. */
function ingress(ctx: ScopeContext, index: number, groupId: string, isDefault: boolean): SimSecurityGroupRule[] {
  if (isDefault) return [rule({ UserIdGroupPairs: [{ GroupId: groupId, UserId: ctx.accountId }] })];
  const port = pick([22, 80, 443, 5432, 8080], ctx.hash(SALT_GROUP, index, 1));
  const open = port === 443;
  return [
    rule({
      IpProtocol: 'tcp',
      FromPort: port,
      ToPort: port,
      IpRanges: [{ CidrIp: open ? '0.0.0.0/0' : '10.0.0.0/8', Description: open ? 'public' : 'internal' }],
      Ipv6Ranges: open ? [{ CidrIpv6: '::/0' }] : [],
    }),
  ];
}

export const securityGroupKind: KindSpec<'securityGroup', SimSecurityGroup> = {
  kind: 'securityGroup',
  idField: 'GroupId',
  ids: { prefix: 'sg-' },
  counts: { tiny: 2, small: 4, medium: 16, large: 60 },
  needs: ['vpc'],
  generate(ctx, index) {
    const name = securityGroupName(ctx, index);
    const isDefault = name === 'default';
    const groupId = ctx.id('securityGroup', index);
    return {
      GroupId: groupId,
      GroupName: name,
      SecurityGroupArn: ctx.arn('ec2', `security-group/${groupId}`),
      Description: isDefault ? 'default VPC security group' : `application group ${index}`,
      VpcId: ctx.id('vpc', securityGroupVpcIndex(ctx, index)),
      OwnerId: ctx.accountId,
      IpPermissions: ingress(ctx, index, groupId, isDefault),
      IpPermissionsEgress: [rule({ IpRanges: [{ CidrIp: '0.0.0.0/0' }] })],
      Tags: isDefault ? [] : [{ Key: 'Name', Value: name }, environmentTag(ctx, SALT_GROUP, index)],
    };
  },
  describe: {
    operation: 'DescribeSecurityGroups',
    items: 'SecurityGroups',
    ids: { member: 'GroupIds', notFoundCode: 'InvalidGroup.NotFound', notFoundNoun: 'security group' },
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters(['GroupId', 'GroupName', 'VpcId', 'Description', 'OwnerId']),
      'ip-permission.from-port': (r) => r.IpPermissions.map((p) => p.FromPort),
      'ip-permission.to-port': (r) => r.IpPermissions.map((p) => p.ToPort),
      'ip-permission.protocol': (r) => r.IpPermissions.map((p) => p.IpProtocol),
      'ip-permission.cidr': (r) => r.IpPermissions.flatMap((p) => p.IpRanges.map((range) => range.CidrIp)),
      'ip-permission.group-id': (r) => r.IpPermissions.flatMap((p) => p.UserIdGroupPairs.map((pair) => pair.GroupId)),
      'egress.ip-permission.cidr': (r) => r.IpPermissionsEgress.flatMap((p) => p.IpRanges.map((range) => range.CidrIp)),
    },
    selectors: [{ member: 'GroupNames', valueOf: (r) => r.GroupName }],
  },
};
