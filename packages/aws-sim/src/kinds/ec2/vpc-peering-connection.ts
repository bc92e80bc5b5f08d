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
/** An account the simulator does not hold (AWS's example account), for peerings that cannot stay inside it. */
const OUTSIDE_ACCOUNT = '111122223333';
const OUTSIDE_VPC = { name: 'outsideVpc', prefix: 'vpc-' };
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

function otherAccount(ctx: ScopeContext): ScopeContext | undefined {
  const [main, second] = ctx.accountIds;
  if (second === undefined || main === undefined) return undefined;
  return ctx.scopeAt(ctx.accountId === second ? main : second, ctx.region);
}

function nextRegion(ctx: ScopeContext): ScopeContext | undefined {
  const regions = ctx.accountRegions;
  if (regions.length < 2) return undefined;
  return ctx.scopeAt(ctx.accountId, regions[(regions.indexOf(ctx.region) + 1) % regions.length] as string);
}

/**
 * The accepter side: peering 3k+1 goes to another account (the simulator's second account, or the main one from
 * the second), 3k+2 to the account's next region, the others to the next vpc of the scope; where the world has no
 * such scope or vpc, to the next that exists, and in a world of one vpc, to a vpc of an account outside it (a VPC
 * cannot peer with itself).
 */
function accepterOf(ctx: ScopeContext, index: number, active: boolean): VpcInfo {
  const inScope = ctx.counts.vpc > 1 ? ctx : undefined;
  const preferred = [
    [otherAccount(ctx), nextRegion(ctx), inScope],
    [nextRegion(ctx), otherAccount(ctx), inScope],
    [inScope, otherAccount(ctx), nextRegion(ctx)],
  ][index % 3] as (ScopeContext | undefined)[];
  const scope = preferred.find((candidate) => candidate !== undefined);
  if (scope === undefined) {
    const info = vpcInfo(ctx, 1, active);
    return { ...info, OwnerId: OUTSIDE_ACCOUNT, VpcId: ctx.id(OUTSIDE_VPC, index) };
  }
  return vpcInfo(scope, scope === ctx ? vpcIndexOf(ctx, index + 1) : vpcIndexOf(scope, index), active);
}

export const vpcPeeringConnectionKind: KindSpec<'vpcPeeringConnection', SimVpcPeeringConnection> = {
  kind: 'vpcPeeringConnection',
  idField: 'VpcPeeringConnectionId',
  ids: { prefix: 'pcx-' },
  counts: { tiny: 2, small: 3, medium: 6, large: 20 },
  needs: ['vpc'],
  generate(ctx, index) {
    const code = index % 7 === 5 ? 'pending-acceptance' : stateOf(ctx, SALT_PEERING, index, 7, 'active', GONE_STATES);
    const active = code === 'active';
    const accepter = accepterOf(ctx, index, active);
    const created = ctx.date('2023-02-01T00:00:00Z', 600, ctx.hash(SALT_PEERING, index, 2));
    const peering: SimVpcPeeringConnection = {
      VpcPeeringConnectionId: ctx.id('vpcPeeringConnection', index),
      RequesterVpcInfo: vpcInfo(ctx, vpcIndexOf(ctx, index), active),
      AccepterVpcInfo: accepter,
      Status: { Code: code, Message: (STATUS_MESSAGES[code] as string).replace('{owner}', accepter.OwnerId) },
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
