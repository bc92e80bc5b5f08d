import type { Vpc } from '@aws-sdk/client-ec2';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';
import { NO_BLOCK_PUBLIC_ACCESS, vpcCidrPrefix } from './network-layout.js';

export type SimVpc = Tagged<
  Filled<
    Vpc,
    | 'VpcId'
    | 'CidrBlock'
    | 'State'
    | 'IsDefault'
    | 'OwnerId'
    | 'DhcpOptionsId'
    | 'InstanceTenancy'
    | 'CidrBlockAssociationSet'
  >
>;

const SALT_VPC = 11;
const DHCP_OPTIONS = { name: 'dhcpOptions', prefix: 'dopt-' };
const CIDR_ASSOCIATION = { name: 'vpcCidrAssociation', prefix: 'vpc-cidr-assoc-' };

export const vpcKind: KindSpec<'vpc', SimVpc> = {
  kind: 'vpc',
  idField: 'VpcId',
  ids: { prefix: 'vpc-' },
  counts: { tiny: 1, small: 2, medium: 4, large: 10 },
  generate(ctx, index) {
    const isDefault = index === 0;
    const cidr = `${vpcCidrPrefix(index)}.0.0/16`;
    return {
      VpcId: ctx.id('vpc', index),
      CidrBlock: cidr,
      State: 'available',
      IsDefault: isDefault,
      OwnerId: ctx.accountId,
      DhcpOptionsId: ctx.id(DHCP_OPTIONS, 0),
      InstanceTenancy: 'default',
      CidrBlockAssociationSet: [
        { AssociationId: ctx.id(CIDR_ASSOCIATION, index), CidrBlock: cidr, CidrBlockState: { State: 'associated' } },
      ],
      BlockPublicAccessStates: NO_BLOCK_PUBLIC_ACCESS,
      Tags: isDefault ? [] : [{ Key: 'Name', Value: `vpc-${index}` }, environmentTag(ctx, SALT_VPC, index)],
    };
  },
  describe: {
    operation: 'DescribeVpcs',
    items: 'Vpcs',
    ids: { member: 'VpcIds', notFoundCode: 'InvalidVpcID.NotFound', notFoundNoun: 'vpc ID' },
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters(['VpcId', 'CidrBlock', 'State', 'IsDefault', 'OwnerId', 'DhcpOptionsId'], { cidr: 'CidrBlock' }),
      'cidr-block-association.association-id': (r) => r.CidrBlockAssociationSet.map((a) => a.AssociationId),
    },
  },
};
