import type { VpcEndpoint } from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { eniIdOf } from './eni-sources.js';
import {
  endpointCreationTime,
  endpointGroups,
  endpointService,
  endpointSubnetIndex,
  endpointVpcIndex,
  gatewayEndpointRouteTable,
  isGoneEndpoint,
  isInterfaceEndpoint,
  SALT_ENDPOINT,
} from './vpc-endpoint-layout.js';
import { PAGE_1000_CLAMPED } from './ec2-pages.js';

type EndpointFields =
  | 'VpcEndpointId'
  | 'VpcEndpointType'
  | 'VpcId'
  | 'ServiceName'
  | 'State'
  | 'PolicyDocument'
  | 'RouteTableIds'
  | 'SubnetIds'
  | 'Groups'
  | 'IpAddressType'
  | 'PrivateDnsEnabled'
  | 'RequesterManaged'
  | 'NetworkInterfaceIds'
  | 'DnsEntries'
  | 'CreationTimestamp'
  | 'OwnerId';

/** State as EC2 answers it on the wire (`available`), which the SDK's enum spells `Available`. */
export type SimVpcEndpoint = Tagged<Omit<Filled<VpcEndpoint, EndpointFields>, 'State'>> & { State: string };

const GONE_STATES = ['deleted', 'deleting', 'failed', 'rejected', 'expired'];
/** The hosted zone of every regional `vpce.amazonaws.com` name (per region in AWS; one here). */
const VPCE_HOSTED_ZONE = 'Z7HUB22UULQXV';
const FULL_ACCESS_POLICY = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});

function dnsEntries(ctx: ScopeContext, index: number, endpointId: string, service: string) {
  const name = `${endpointId}-${ctx.hash(SALT_ENDPOINT, index, 3).toString(36).slice(0, 8)}`;
  const zone = ctx.availabilityZones[endpointSubnetIndex(ctx, index) % ctx.availabilityZones.length] as string;
  return [
    { DnsName: `${name}.${service}.${ctx.region}.vpce.amazonaws.com`, HostedZoneId: VPCE_HOSTED_ZONE },
    { DnsName: `${name}-${zone}.${service}.${ctx.region}.vpce.amazonaws.com`, HostedZoneId: VPCE_HOSTED_ZONE },
  ];
}

/** Interface endpoints sit in a subnet with an ENI; gateway endpoints (S3, DynamoDB) route through a route table. */
export const vpcEndpointKind: KindSpec<'vpcEndpoint', SimVpcEndpoint> = {
  kind: 'vpcEndpoint',
  idField: 'VpcEndpointId',
  ids: { prefix: 'vpce-' },
  counts: { tiny: 2, small: 4, medium: 12, large: 40 },
  needs: ['vpc'],
  generate(ctx, index) {
    const vpcIndex = endpointVpcIndex(ctx, index);
    const endpointId = ctx.id('vpcEndpoint', index);
    const isInterface = isInterfaceEndpoint(ctx, index);
    const gone = isGoneEndpoint(ctx, index);
    const service = endpointService(ctx, index);
    const routeTable = gatewayEndpointRouteTable(ctx, index);
    const endpoint: SimVpcEndpoint = {
      VpcEndpointId: endpointId,
      VpcEndpointType: isInterface ? 'Interface' : 'Gateway',
      VpcId: ctx.id('vpc', vpcIndex),
      ServiceName: `com.amazonaws.${ctx.region}.${service}`,
      State: gone ? pick(GONE_STATES, ctx.hash(SALT_ENDPOINT, index, 7)) : 'available',
      PolicyDocument: FULL_ACCESS_POLICY,
      RouteTableIds: routeTable === undefined ? [] : [ctx.id('routeTable', routeTable)],
      SubnetIds: isInterface ? [ctx.id('subnet', endpointSubnetIndex(ctx, index))] : [],
      Groups: isInterface ? endpointGroups(ctx, index) : [],
      IpAddressType: 'ipv4',
      PrivateDnsEnabled: isInterface,
      RequesterManaged: false,
      NetworkInterfaceIds: isInterface ? [eniIdOf(ctx, 'vpcEndpoint', index)] : [],
      DnsEntries: isInterface ? dnsEntries(ctx, index, endpointId, service) : [],
      CreationTimestamp: endpointCreationTime(ctx, index),
      OwnerId: ctx.accountId,
      Tags: [{ Key: 'Name', Value: `${service}-endpoint-${index}` }, environmentTag(ctx, SALT_ENDPOINT, index)],
    };
    if (isInterface) endpoint.DnsOptions = { DnsRecordIpType: 'ipv4', PrivateDnsOnlyForInboundResolverEndpoint: false };
    return endpoint;
  },
  isCurrent: (record) => !GONE_STATES.includes(record.State),
  describe: {
    operation: 'DescribeVpcEndpoints',
    items: 'VpcEndpoints',
    ids: { member: 'VpcEndpointIds', notFoundCode: 'InvalidVpcEndpointId.NotFound', notFoundNoun: 'Vpc Endpoint Id' },
    pageLimits: PAGE_1000_CLAMPED,
    filters: fieldFilters(['VpcEndpointId', 'VpcEndpointType', 'VpcId', 'ServiceName', 'IpAddressType'], {
      'vpc-endpoint-state': 'State',
    }),
  },
};
