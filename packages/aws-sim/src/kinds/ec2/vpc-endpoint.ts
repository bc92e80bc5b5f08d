import type { VpcEndpoint } from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { groupsOfVpc, isGoneIndex, stateOf, subnetsOfVpc, vpcIndexOf } from './connectivity-layout.js';
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

const SALT_ENDPOINT = 41;
const GONE_STATES = ['deleted', 'deleting', 'failed', 'rejected', 'expired'];
const GATEWAY_SERVICES = ['s3', 'dynamodb'];
const INTERFACE_SERVICES = ['ssm', 'ec2messages', 'secretsmanager', 'ecr.api', 'ecr.dkr', 'logs', 'sts', 'kms'];
/**
 * A vpc's main route table, by the id the route table kind (slice ec2-net) gives route table `vpcIndex`; until it is
 * merged, the id is only a reference.
 */
const ROUTE_TABLE = { name: 'routeTable', prefix: 'rtb-' };
/** The endpoint's network interfaces in its subnets (one per subnet), requester-managed by the endpoint service. */
const ENDPOINT_INTERFACE = { name: 'vpcEndpointInterface', prefix: 'eni-' };
/** The hosted zone of every regional `vpce.amazonaws.com` name (per region in AWS; one here). */
const VPCE_HOSTED_ZONE = 'Z7HUB22UULQXV';
const FULL_ACCESS_POLICY = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});

function dnsEntries(ctx: ScopeContext, index: number, endpointId: string, service: string, subnets: number) {
  const name = `${endpointId}-${ctx.hash(SALT_ENDPOINT, index, 3).toString(36).slice(0, 8)}`;
  const regional = `${name}.${service}.${ctx.region}.vpce.amazonaws.com`;
  const zonal = ctx.availabilityZones.slice(0, subnets).map((zone) => ({
    DnsName: `${name}-${zone}.${service}.${ctx.region}.vpce.amazonaws.com`,
    HostedZoneId: VPCE_HOSTED_ZONE,
  }));
  return [{ DnsName: regional, HostedZoneId: VPCE_HOSTED_ZONE }, ...zonal];
}

/** Gateway endpoints (S3, DynamoDB) route through a route table; interface endpoints sit in subnets with ENIs. */
export const vpcEndpointKind: KindSpec<'vpcEndpoint', SimVpcEndpoint> = {
  kind: 'vpcEndpoint',
  idField: 'VpcEndpointId',
  ids: { prefix: 'vpce-' },
  counts: { tiny: 2, small: 4, medium: 12, large: 40 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ENDPOINT, index, 1);
    const vpcIndex = vpcIndexOf(ctx, index);
    const endpointId = ctx.id('vpcEndpoint', index);
    const gateway = index % 3 === 0;
    const service = pick(gateway ? GATEWAY_SERVICES : INTERFACE_SERVICES, hash >>> 4);
    const gone = isGoneIndex(index, 6);
    const subnets = gateway || gone ? [] : subnetsOfVpc(ctx, vpcIndex, 2);
    const endpoint: SimVpcEndpoint = {
      VpcEndpointId: endpointId,
      VpcEndpointType: gateway ? 'Gateway' : 'Interface',
      VpcId: ctx.id('vpc', vpcIndex),
      ServiceName: `com.amazonaws.${ctx.region}.${service}`,
      State: stateOf(ctx, SALT_ENDPOINT, index, 6, 'available', GONE_STATES),
      PolicyDocument: FULL_ACCESS_POLICY,
      RouteTableIds: gateway && !gone ? [ctx.id(ROUTE_TABLE, vpcIndex)] : [],
      SubnetIds: subnets,
      Groups: gateway || gone ? [] : groupsOfVpc(ctx, vpcIndex, hash >>> 8),
      IpAddressType: 'ipv4',
      PrivateDnsEnabled: !gateway,
      RequesterManaged: false,
      NetworkInterfaceIds: subnets.map((_, slot) => ctx.id(ENDPOINT_INTERFACE, index * 3 + slot)),
      DnsEntries: gateway || gone ? [] : dnsEntries(ctx, index, endpointId, service, subnets.length),
      CreationTimestamp: ctx.date('2023-03-01T00:00:00Z', 600, ctx.hash(SALT_ENDPOINT, index, 2)),
      OwnerId: ctx.accountId,
      Tags: [{ Key: 'Name', Value: `${service}-endpoint-${index}` }, environmentTag(ctx, SALT_ENDPOINT, index)],
    };
    if (!gateway) endpoint.DnsOptions = { DnsRecordIpType: 'ipv4', PrivateDnsOnlyForInboundResolverEndpoint: false };
    return endpoint;
  },
  gone: (record) => GONE_STATES.includes(record.State),
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
