import { pick } from './hash.js';
import type { SimSecurityGroup, SimSubnet, SimTag, SimVpc } from './records.js';
import type { ScopeContext } from './scope-context.js';

const SALT_VPC = 11;
const SALT_SUBNET = 12;
const SALT_GROUP = 13;
const ENVIRONMENTS = ['prod', 'staging', 'dev'] as const;

export function environmentTag(ctx: ScopeContext, salt: number, index: number): SimTag {
  return { Key: 'Environment', Value: pick(ENVIRONMENTS, ctx.hash(salt, index, 99)) };
}

export function generateVpc(ctx: ScopeContext, index: number): SimVpc {
  const isDefault = index === 0;
  return {
    VpcId: ctx.id('vpc', index),
    CidrBlock: isDefault ? '172.31.0.0/16' : `10.${index % 256}.0.0/16`,
    State: 'available',
    IsDefault: isDefault,
    OwnerId: ctx.accountId,
    DhcpOptionsId: ctx.id('dhcpOptions', 0),
    Tags: isDefault ? [] : [{ Key: 'Name', Value: `vpc-${index}` }, environmentTag(ctx, SALT_VPC, index)],
  };
}

/** Subnet i lies in vpc (i mod vpcs), in availability zone (i mod 3). */
export function subnetVpcIndex(ctx: ScopeContext, subnetIndex: number): number {
  return subnetIndex % Math.max(1, ctx.counts.vpc);
}

export function subnetAvailabilityZone(ctx: ScopeContext, subnetIndex: number): string {
  return ctx.availabilityZones[subnetIndex % ctx.availabilityZones.length] as string;
}

/** The third octet block of a subnet inside its vpc's /16. */
function subnetOctet(ctx: ScopeContext, subnetIndex: number): number {
  return Math.floor(subnetIndex / Math.max(1, ctx.counts.vpc)) % 256;
}

export function subnetCidrPrefix(ctx: ScopeContext, subnetIndex: number): string {
  const vpcIndex = subnetVpcIndex(ctx, subnetIndex);
  const second = vpcIndex === 0 ? '172.31' : `10.${vpcIndex % 256}`;
  return `${second}.${subnetOctet(ctx, subnetIndex)}`;
}

export function generateSubnet(ctx: ScopeContext, index: number): SimSubnet {
  const vpcIndex = subnetVpcIndex(ctx, index);
  return {
    SubnetId: ctx.id('subnet', index),
    VpcId: ctx.id('vpc', vpcIndex),
    CidrBlock: `${subnetCidrPrefix(ctx, index)}.0/24`,
    AvailabilityZone: subnetAvailabilityZone(ctx, index),
    AvailableIpAddressCount: 251 - (ctx.hash(SALT_SUBNET, index, 1) % 200),
    State: 'available',
    MapPublicIpOnLaunch: vpcIndex === 0,
    DefaultForAz: vpcIndex === 0 && index < ctx.availabilityZones.length * Math.max(1, ctx.counts.vpc),
    OwnerId: ctx.accountId,
    Tags: [{ Key: 'Name', Value: `subnet-${index}` }, environmentTag(ctx, SALT_SUBNET, index)],
  };
}

/** Security group g belongs to vpc (g mod vpcs); the first group of each vpc is its "default" group. */
export function securityGroupVpcIndex(ctx: ScopeContext, groupIndex: number): number {
  return groupIndex % Math.max(1, ctx.counts.vpc);
}

export function securityGroupName(ctx: ScopeContext, groupIndex: number): string {
  return groupIndex < Math.max(1, ctx.counts.vpc) ? 'default' : `sg-app-${groupIndex}`;
}

/** The index of a security group in the given vpc for a resource, or undefined when that vpc has none. */
export function securityGroupForVpc(ctx: ScopeContext, vpcIndex: number, choice: number): number | undefined {
  const vpcs = Math.max(1, ctx.counts.vpc);
  const groupsInVpc = Math.ceil((ctx.counts.securityGroup - vpcIndex) / vpcs);
  if (groupsInVpc <= 0) return undefined;
  return vpcIndex + vpcs * (choice % groupsInVpc);
}

export function generateSecurityGroup(ctx: ScopeContext, index: number): SimSecurityGroup {
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
}
