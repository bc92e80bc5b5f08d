import type { VpcPeeringConnection, VpcPeeringConnectionVpcInfo } from '@aws-sdk/client-ec2';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { stateOf, vpcIndexOf } from './connectivity-layout.js';
import { PAGE_1000 } from './ec2-pages.js';
import { vpcCidrPrefix } from './network-layout.js';

type VpcInfo = Filled<VpcPeeringConnectionVpcInfo, 'VpcId' | 'OwnerId' | 'Region' | 'CidrBlock'>;

export type SimVpcPeeringConnection = Tagged<
  Omit<Filled<VpcPeeringConnection, 'VpcPeeringConnectionId'>, 'RequesterVpcInfo' | 'AccepterVpcInfo' | 'Status'>
> & {
  RequesterVpcInfo: VpcInfo;
  AccepterVpcInfo: VpcInfo;
  Status: { Code: string; Message: string };
};

const SALT_PEERING = 42;
const GONE_STATES = ['deleted', 'deleting', 'rejected', 'expired', 'failed'];
const STATUS_MESSAGES: Record<string, string> = {
  active: 'Active',
  'pending-acceptance': 'Pending Acceptance by {owner}',
  deleted: 'Deleted by {owner}',
  deleting: 'Deleting',
  rejected: 'Rejected by {owner}',
  expired: 'Expired',
  failed: 'Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range',
};
const NO_PEERING_OPTIONS = Object.freeze({
  AllowDnsResolutionFromRemoteVpc: false,
  AllowEgressFromLocalClassicLinkToRemoteVpc: false,
  AllowEgressFromLocalVpcToRemoteClassicLink: false,
});

function vpcInfo(ctx: ScopeContext, vpcIndex: number, withOptions: boolean): VpcInfo {
  const cidr = `${vpcCidrPrefix(vpcIndex)}.0.0/16`;
  const info: VpcInfo = {
    CidrBlock: cidr,
    CidrBlockSet: [{ CidrBlock: cidr }],
    OwnerId: ctx.accountId,
    VpcId: ctx.id('vpc', vpcIndex),
    Region: ctx.region,
  };
  if (withOptions) info.PeeringOptions = NO_PEERING_OPTIONS;
  return info;
}

/**
 * The accepter's scope: peering 3k+1 goes to another account (the simulator's second account, or the main one from
 * the second), 3k+2 to the account's next region, the others stay in the scope; each where the world has that scope.
 */
function accepterScope(ctx: ScopeContext, index: number): ScopeContext {
  const accounts = ctx.accountIds;
  if (index % 3 === 1 && accounts.length > 1) {
    const other = ctx.accountId === accounts[1] ? accounts[0] : accounts[1];
    return ctx.scopeAt(other as string, ctx.region);
  }
  const regions = ctx.accountRegions;
  if (index % 3 === 2 && regions.length > 1) {
    const next = regions[(regions.indexOf(ctx.region) + 1) % regions.length] as string;
    return ctx.scopeAt(ctx.accountId, next);
  }
  return ctx;
}

export const vpcPeeringConnectionKind: KindSpec<'vpcPeeringConnection', SimVpcPeeringConnection> = {
  kind: 'vpcPeeringConnection',
  idField: 'VpcPeeringConnectionId',
  ids: { prefix: 'pcx-' },
  counts: { tiny: 2, small: 3, medium: 6, large: 20 },
  needs: ['vpc'],
  generate(ctx, index) {
    const code = index % 7 === 5 ? 'pending-acceptance' : stateOf(ctx, SALT_PEERING, index, 7, 'active', GONE_STATES);
    const accepter = accepterScope(ctx, index);
    const vpcIndex = vpcIndexOf(ctx, index);
    // a peering joins two vpcs: in its own scope, the next vpc (the only one, where a scope has one)
    const accepterVpc = accepter === ctx ? vpcIndexOf(ctx, index + 1) : vpcIndexOf(accepter, index);
    const active = code === 'active';
    const created = ctx.date('2023-02-01T00:00:00Z', 600, ctx.hash(SALT_PEERING, index, 2));
    const peering: SimVpcPeeringConnection = {
      VpcPeeringConnectionId: ctx.id('vpcPeeringConnection', index),
      RequesterVpcInfo: vpcInfo(ctx, vpcIndex, active),
      AccepterVpcInfo: vpcInfo(accepter, accepterVpc, active),
      Status: { Code: code, Message: (STATUS_MESSAGES[code] as string).replace('{owner}', accepter.accountId) },
      Tags: [{ Key: 'Name', Value: `peering-${index}` }],
    };
    if (code === 'pending-acceptance') peering.ExpirationTime = new Date(created.getTime() + 7 * 86_400_000);
    return peering;
  },
  isCurrent: (record) => !GONE_STATES.includes(record.Status.Code),
  describe: {
    operation: 'DescribeVpcPeeringConnections',
    items: 'VpcPeeringConnections',
    ids: {
      member: 'VpcPeeringConnectionIds',
      notFoundCode: 'InvalidVpcPeeringConnectionID.NotFound',
      notFoundNoun: 'vpcPeeringConnection ID',
    },
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters(['VpcPeeringConnectionId']),
      'expiration-time': (r) => [r.ExpirationTime?.toISOString()],
      'status-code': (r) => [r.Status.Code],
      'status-message': (r) => [r.Status.Message],
      ...Object.fromEntries(
        (['requester', 'accepter'] as const).flatMap((side) => {
          const info = (r: SimVpcPeeringConnection) => (side === 'requester' ? r.RequesterVpcInfo : r.AccepterVpcInfo);
          return [
            [`${side}-vpc-info.cidr-block`, (r: SimVpcPeeringConnection) => [info(r).CidrBlock]],
            [`${side}-vpc-info.owner-id`, (r: SimVpcPeeringConnection) => [info(r).OwnerId]],
            [`${side}-vpc-info.vpc-id`, (r: SimVpcPeeringConnection) => [info(r).VpcId]],
          ];
        }),
      ),
    },
  },
};
