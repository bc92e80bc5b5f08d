import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';
import { vpcCidrPrefix } from './network-layout.js';

export interface SimVpc {
  VpcId: string;
  CidrBlock: string;
  State: 'pending' | 'available';
  IsDefault: boolean;
  OwnerId: string;
  DhcpOptionsId: string;
  Tags: SimTag[];
}

const SALT_VPC = 11;
const DHCP_OPTIONS = { name: 'dhcpOptions', prefix: 'dopt-' };

export const vpcKind: KindSpec<'vpc', SimVpc> = {
  kind: 'vpc',
  idField: 'VpcId',
  ids: { prefix: 'vpc-' },
  counts: { tiny: 1, small: 2, medium: 4, large: 10 },
  generate(ctx, index) {
    const isDefault = index === 0;
    return {
      VpcId: ctx.id('vpc', index),
      CidrBlock: `${vpcCidrPrefix(index)}.0.0/16`,
      State: 'available',
      IsDefault: isDefault,
      OwnerId: ctx.accountId,
      DhcpOptionsId: ctx.id(DHCP_OPTIONS, 0),
      Tags: isDefault ? [] : [{ Key: 'Name', Value: `vpc-${index}` }, environmentTag(ctx, SALT_VPC, index)],
    };
  },
  describe: {
    operation: 'DescribeVpcs',
    items: 'Vpcs',
    ids: { member: 'VpcIds', notFoundCode: 'InvalidVpcID.NotFound', notFoundNoun: 'vpc ID' },
    pageLimits: PAGE_1000,
    filters: {
      'vpc-id': (r) => [r.VpcId],
      'cidr-block': (r) => [r.CidrBlock],
      cidr: (r) => [r.CidrBlock],
      state: (r) => [r.State],
      'is-default': (r) => [r.IsDefault],
      'owner-id': (r) => [r.OwnerId],
      'dhcp-options-id': (r) => [r.DhcpOptionsId],
    },
  },
};
