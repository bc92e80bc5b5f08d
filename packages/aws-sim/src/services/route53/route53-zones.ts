import type {
  GetHostedZoneRequest,
  GetHostedZoneResponse,
  HostedZone,
  ListHostedZonesRequest,
  ListHostedZonesResponse,
  ListTagsForResourcesRequest,
  ListTagsForResourcesResponse,
} from '@aws-sdk/client-route-53';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimHostedZone } from '../../world/records.js';
import type { ResourceCollection } from '../../world/resource-collection.js';
import { collectionFor } from '../list-kind.js';

/** Route 53 is global: its records live once per account, in the world's first region (kinds `accountWide`). */
export function route53Scope(call: CallContext): { accountId: string; region: string } {
  return { accountId: call.identity.accountId, region: call.world.regions[0] ?? call.region };
}

export function invalidInput(message: string): AwsApiError {
  return new AwsApiError('InvalidInput', message, 400);
}

/** A zone id as clients send it, with or without `/hostedzone/` (the SDK strips it, the CLI may not). */
export function bareZoneId(id: unknown): string {
  return String(id ?? '').replace(/^\/?hostedzone\//, '');
}

function zones(call: CallContext): ResourceCollection<SimHostedZone> {
  return collectionFor('hostedZone', call, route53Scope);
}

export function requireZone(call: CallContext, id: unknown): SimHostedZone {
  const bare = bareZoneId(id);
  if (bare.length === 0 || bare.length > 32) {
    throw invalidInput(
      `1 validation error detected: Value '${bare}' at 'id' failed to satisfy constraint: Member must have length less than or equal to 32`,
    );
  }
  const zone = zones(call).get(bare);
  if (!zone) throw new AwsApiError('NoSuchHostedZone', `No hosted zone found with ID: ${bare}`, 404);
  return zone;
}

/** A page size as Route 53 takes it: a positive integer, `max` at most (more is answered as `max`). */
export function pageSize(requested: number | undefined, max: number): number {
  if (requested === undefined) return max;
  if (!Number.isInteger(requested) || requested < 1) {
    throw invalidInput(
      `1 validation error detected: Value '${requested}' at 'maxItems' failed to satisfy constraint: Member must be a positive integer`,
    );
  }
  return Math.min(requested, max);
}

function zoneOf({ ZoneId: _id, VPCs: _vpcs, Tags: _tags, ...zone }: SimHostedZone): HostedZone {
  return zone;
}

const ZONE_TYPES = ['PrivateHostedZone'];

/** ListHostedZones: 100 zones a page at most; the marker is the id of the next zone, as Route 53's is. */
export function listHostedZones(input: ListHostedZonesRequest, call: CallContext): ListHostedZonesResponse {
  if (input.HostedZoneType !== undefined && !ZONE_TYPES.includes(input.HostedZoneType)) {
    throw invalidInput(
      `1 validation error detected: Value '${input.HostedZoneType}' at 'hostedZoneType' failed to satisfy constraint: Member must satisfy enum value set: [PrivateHostedZone]`,
    );
  }
  const limit = pageSize(input.MaxItems, 100);
  const all = [...zones(call).all()].filter((zone) => input.HostedZoneType === undefined || zone.Config.PrivateZone);
  let start = 0;
  if (input.Marker !== undefined && input.Marker !== '') {
    start = all.findIndex((zone) => bareZoneId(zone.Id) === bareZoneId(input.Marker));
    if (start === -1) throw invalidInput(`Invalid marker: ${input.Marker}`);
  }
  const page = all.slice(start, start + limit);
  const next = all[start + limit];
  return {
    HostedZones: page.map(zoneOf),
    Marker: input.Marker ?? '',
    IsTruncated: next !== undefined,
    ...(next ? { NextMarker: bareZoneId(next.Id) } : {}),
    MaxItems: limit,
  };
}

function nameServers(zone: SimHostedZone): string[] {
  const n = Number(/(\d+)$/.exec(zone.Id)?.[1] ?? 0);
  return [
    `ns-${n % 2048}.awsdns-${n % 64}.com`,
    `ns-${(n + 512) % 2048}.awsdns-${(n + 1) % 64}.net`,
    `ns-${(n + 1024) % 2048}.awsdns-${(n + 2) % 64}.org`,
    `ns-${(n + 1536) % 2048}.awsdns-${(n + 3) % 64}.co.uk`,
  ];
}

/** GetHostedZone: a public zone with its delegation set, a private one with its VPCs. */
export function getHostedZone(input: GetHostedZoneRequest, call: CallContext): GetHostedZoneResponse {
  const zone = requireZone(call, input.Id);
  return zone.Config.PrivateZone
    ? { HostedZone: zoneOf(zone), VPCs: zone.VPCs }
    : { HostedZone: zoneOf(zone), DelegationSet: { NameServers: nameServers(zone) } };
}

/** ListTagsForResources: the tags of 1 to 10 hosted zones (the sim has no health checks). */
export function listTagsForResources(
  input: ListTagsForResourcesRequest,
  call: CallContext,
): ListTagsForResourcesResponse {
  const ids = input.ResourceIds ?? [];
  if (ids.length < 1 || ids.length > 10) {
    throw invalidInput(
      `1 validation error detected: Value '[${ids.join(', ')}]' at 'resourceIds' failed to satisfy constraint: Member must have length less than or equal to 10`,
    );
  }
  if (input.ResourceType === 'healthcheck') {
    throw new AwsApiError('NoSuchHealthCheck', `No health check exists with the specified ID ${ids[0]}`, 404);
  }
  if (input.ResourceType !== 'hostedzone') {
    throw invalidInput(
      `1 validation error detected: Value '${String(input.ResourceType)}' at 'resourceType' failed to satisfy constraint: Member must satisfy enum value set: [healthcheck, hostedzone]`,
    );
  }
  return {
    ResourceTagSets: ids.map((id) => ({
      ResourceType: 'hostedzone',
      ResourceId: bareZoneId(id),
      Tags: requireZone(call, id).Tags,
    })),
  };
}
