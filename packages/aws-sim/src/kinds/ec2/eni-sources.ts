import type { NetworkInterfaceAssociation, NetworkInterfaceAttachment } from '@aws-sdk/client-ec2';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { SimKind } from '../index.js';
import { NETWORK_INTERFACE } from './compute-layout.js';
import { instanceEni, instancesWithEnis } from './instance-eni.js';
import { mountTargetEni } from '../efs/efs-layout.js';
import { lambdaFunctionEni, lambdaFunctionsInVpc } from '../lambda/function-layout.js';
import { natGatewayEni, natGatewaysWithEnis } from './nat-gateway-layout.js';
import { interfaceEndpoints, vpcEndpointEni } from './vpc-endpoint-layout.js';
import { ecsTaskEni } from '../ecs/task-eni.js';
import { awsvpcTaskCount } from '../ecs/task-layout.js';
import { classicLoadBalancerEni } from '../elb/classic-load-balancer.js';
import { balancersWithEnis, LOAD_BALANCER_ZONES } from '../elbv2/load-balancer-enis.js';
import { elbv2LoadBalancerEni } from '../elbv2/load-balancer.js';

type Counts = Readonly<Record<SimKind, number>>;

/**
 * What the owner of an ENI says about it, as AWS shows it in DescribeNetworkInterfaces; the ENI kind derives the rest
 * (its id, VPC and zone from the subnet, group names from the group ids, DNS name, MAC address, status).
 */
export interface OwnedEni {
  SubnetId: string;
  /** Security groups of the subnet's VPC (none for a NAT gateway). */
  GroupIds: readonly string[];
  /** As AWS writes it: "Interface for NAT Gateway nat-…", "ELB app/<name>/<id>", "AWS Lambda VPC ENI-<function>-<uuid>". */
  Description: string;
  /** `interface`, `nat_gateway`, `lambda`, `network_load_balancer`, `vpc_endpoint`, `efs`… */
  InterfaceType: string;
  /** Whether a service manages it (the user cannot detach it): NAT gateways, load balancers, Lambda, EFS. */
  RequesterManaged: boolean;
  /** The service or principal that created it (`amazon-elb`, `amazon-aws`, a role's id), where AWS names one. */
  RequesterId?: string;
  /** Default: an address of the subnet picked from the ENI's position. */
  PrivateIpAddress?: string;
  /** The attachment without its id (the ENI kind derives it: `eni-attach-` for instances, `ela-attach-` for services). */
  Attachment?: Omit<NetworkInterfaceAttachment, 'AttachmentId'>;
  /** The public address, when it has one (an elastic IP, an instance's public IP). */
  Association?: NetworkInterfaceAssociation;
  /** Default false for requester-managed ENIs, else true. */
  SourceDestCheck?: boolean;
  /** Default: one derived from the ENI's position. */
  MacAddress?: string;
  /** Default none: AWS does not tag the ENIs it creates for services. */
  Tags?: SimTag[];
}

/**
 * A kind whose items own ENIs, as one declaration: items 0..items(counts)-1 of `owner` own `perItem` ENIs each, and
 * `eniOf` says what ENI `slot` of item `index` looks like. The ENI kind lists these ENIs, one source after the other
 * in the order of ENI_SOURCES, then the detached ENIs of its own.
 */
export interface EniSource {
  owner: SimKind;
  /** ENIs per item (a load balancer: one per subnet it spans). */
  perItem: number;
  /** How many items own ENIs: the first ones of the kind (default: every item of the kind). */
  items?(counts: Counts): number;
  eniOf(ctx: ScopeContext, index: number, slot: number): OwnedEni;
}

/** Every kind owning ENIs. A new one is one entry at the end (entries before it keep their ENI ids). */
export const ENI_SOURCES: readonly EniSource[] = [
  { owner: 'instance', perItem: 1, items: instancesWithEnis, eniOf: instanceEni },
  { owner: 'natGateway', perItem: 1, items: natGatewaysWithEnis, eniOf: natGatewayEni },
  { owner: 'vpcEndpoint', perItem: 1, items: interfaceEndpoints, eniOf: vpcEndpointEni },
  { owner: 'ecsTask', perItem: 1, items: awsvpcTaskCount, eniOf: ecsTaskEni },
  {
    owner: 'elbv2LoadBalancer',
    perItem: LOAD_BALANCER_ZONES,
    items: balancersWithEnis('elbv2LoadBalancer'),
    eniOf: elbv2LoadBalancerEni,
  },
  {
    owner: 'classicLoadBalancer',
    perItem: LOAD_BALANCER_ZONES,
    items: balancersWithEnis('classicLoadBalancer'),
    eniOf: classicLoadBalancerEni,
  },
  { owner: 'lambdaFunction', perItem: 1, items: lambdaFunctionsInVpc, eniOf: lambdaFunctionEni },
  { owner: 'efsMountTarget', perItem: 1, eniOf: mountTargetEni },
];

function itemsOf(source: EniSource, counts: Counts): number {
  return Math.max(0, source.items ? source.items(counts) : counts[source.owner]);
}

/** The position of the first ENI of `owner` among all ENIs of a scope. */
function offsetOf(owner: SimKind, counts: Counts): number {
  let offset = 0;
  for (const source of ENI_SOURCES) {
    if (source.owner === owner) return offset;
    offset += itemsOf(source, counts) * source.perItem;
  }
  throw new Error(`${owner} is no ENI source: add it to ENI_SOURCES`);
}

function sourceOf(owner: SimKind): EniSource {
  const source = ENI_SOURCES.find((candidate) => candidate.owner === owner);
  if (!source) throw new Error(`${owner} is no ENI source: add it to ENI_SOURCES`);
  return source;
}

/** The id of ENI `slot` (default 0) of item `index` of `owner`: what the owner's record names it by. */
export function eniIdOf(ctx: ScopeContext, owner: SimKind, index: number, slot = 0): string {
  const source = sourceOf(owner);
  if (slot < 0 || slot >= source.perItem)
    throw new Error(`${owner} has ${source.perItem} ENIs an item, not ${slot + 1}`);
  return ctx.id(NETWORK_INTERFACE, offsetOf(owner, ctx.counts) + index * source.perItem + slot);
}

/** How many ENIs the kinds owning ENIs hold for these counts. */
export function ownedEniCount(counts: Counts): number {
  return ENI_SOURCES.reduce((sum, source) => sum + itemsOf(source, counts) * source.perItem, 0);
}

/** Which owner's ENI sits at `position`, or undefined for the positions after them (the detached ENIs). */
export function ownedEniAt(
  counts: Counts,
  position: number,
): { source: EniSource; index: number; slot: number } | undefined {
  let start = 0;
  for (const source of ENI_SOURCES) {
    const end = start + itemsOf(source, counts) * source.perItem;
    if (position < end) {
      const within = position - start;
      return { source, index: Math.floor(within / source.perItem), slot: within % source.perItem };
    }
    start = end;
  }
  return undefined;
}
