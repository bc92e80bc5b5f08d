import type { DBSubnetGroup } from '@aws-sdk/client-rds';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { subnetAvailabilityZone } from '../ec2/network-layout.js';
import { environmentTag } from '../tags.js';
import { SALT_DB_SUBNET_GROUP, dbSubnetGroupSubnetIndexes, dbSubnetGroupVpcIndex } from './rds-layout.js';

type DbSubnetGroupFields =
  | 'DBSubnetGroupName'
  | 'DBSubnetGroupDescription'
  | 'VpcId'
  | 'SubnetGroupStatus'
  | 'Subnets'
  | 'DBSubnetGroupArn'
  | 'SupportedNetworkTypes';

/** DescribeDBSubnetGroups' DBSubnetGroup; its tags are ListTagsForResource's. */
export type SimDbSubnetGroup = Tagged<Filled<DBSubnetGroup, DbSubnetGroupFields>>;

export function dbSubnetGroupArn(ctx: ScopeContext, name: string): string {
  return ctx.arn('rds', `subgrp:${name}`);
}

/** Subnet group g as AWS shows it, also inside the instances that use it. */
export function dbSubnetGroupAt(ctx: ScopeContext, index: number): Filled<DBSubnetGroup, DbSubnetGroupFields> {
  const name = ctx.id('dbSubnetGroup', index);
  return {
    DBSubnetGroupName: name,
    DBSubnetGroupDescription: `Subnets of the databases of vpc ${dbSubnetGroupVpcIndex(ctx, index)}`,
    VpcId: ctx.id('vpc', dbSubnetGroupVpcIndex(ctx, index)),
    SubnetGroupStatus: 'Complete',
    Subnets: dbSubnetGroupSubnetIndexes(ctx, index).map((subnet) => ({
      SubnetIdentifier: ctx.id('subnet', subnet),
      SubnetAvailabilityZone: { Name: subnetAvailabilityZone(ctx, subnet) },
      SubnetOutpost: {},
      SubnetStatus: 'Active',
    })),
    DBSubnetGroupArn: dbSubnetGroupArn(ctx, name),
    SupportedNetworkTypes: ['IPV4'],
  };
}

export const dbSubnetGroupKind: KindSpec<'dbSubnetGroup', SimDbSubnetGroup> = {
  kind: 'dbSubnetGroup',
  idField: 'DBSubnetGroupName',
  ids: { prefix: 'db-subnets-' },
  counts: { tiny: 1, small: 2, medium: 4, large: 10 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    return { ...dbSubnetGroupAt(ctx, index), Tags: [environmentTag(ctx, SALT_DB_SUBNET_GROUP, index)] };
  },
};
