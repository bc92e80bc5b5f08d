import type { HostedZone, VPC } from '@aws-sdk/client-route-53';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { indexedNames, scopeToken } from '../indexed-names.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { isPrivateZone, recordSetsOfZone, zoneName } from './route53-layout.js';

/** ListHostedZones' HostedZone, with GetHostedZone's VPCs of a private zone and the zone's tags. */
export type SimHostedZone = Filled<
  HostedZone,
  'Id' | 'Name' | 'CallerReference' | 'Config' | 'ResourceRecordSetCount'
> & {
  /** The id without `/hostedzone/`, as clients name the zone (and the collector's id). */
  ZoneId: string;
  VPCs: VPC[];
  Tags: SimTag[];
};

const SALT_HOSTED_ZONE = 91;

/** `Z0<4 hex of the scope><index>`, uppercase as AWS's are; ListHostedZones gives it as `/hostedzone/<id>`. */
export function hostedZoneId(ctx: ScopeContext, index: number): string {
  return `Z0${scopeToken(ctx).toUpperCase()}${String(index).padStart(11, '0')}`;
}

/** A private zone is associated with a VPC of its region and, every other one (zones 1, 7, ...), one of the account's second region. */
function zoneVpcs(ctx: ScopeContext, index: number): VPC[] {
  if (ctx.counts.vpc === 0) return [];
  const vpcs: VPC[] = [{ VPCRegion: ctx.region as VPC['VPCRegion'], VPCId: ctx.id('vpc', index % ctx.counts.vpc) }];
  const other = ctx.accountRegions[1];
  if (other !== undefined && Math.floor(index / 3) % 2 === 0) {
    vpcs.push({ VPCRegion: other as VPC['VPCRegion'], VPCId: ctx.scopeAt(ctx.accountId, other).id('vpc', 0) });
  }
  return vpcs;
}

export const hostedZoneIds = indexedNames(hostedZoneId, /(\d{11})$/);

export const hostedZoneKind: KindSpec<'hostedZone', SimHostedZone> = {
  kind: 'hostedZone',
  idField: 'ZoneId',
  ids: hostedZoneIds,
  // tiny: a public zone and a private one
  counts: { tiny: 2, small: 3, medium: 10, large: 40 },
  accountWide: true,
  ownFields: ['ZoneId', 'VPCs', 'Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_HOSTED_ZONE, index, 1);
    const privateZone = isPrivateZone(ctx, index);
    return {
      Id: `/hostedzone/${hostedZoneId(ctx, index)}`,
      ZoneId: hostedZoneId(ctx, index),
      Name: zoneName(index, privateZone),
      CallerReference: `terraform-${(hash >>> 0).toString(16).padStart(8, '0')}-${index}`,
      Config: {
        PrivateZone: privateZone,
        ...(hash % 2 === 0 ? { Comment: `zone ${index} (managed by terraform)` } : {}),
      },
      ResourceRecordSetCount: recordSetsOfZone(ctx, index),
      VPCs: privateZone ? zoneVpcs(ctx, index) : [],
      Tags: hash % 3 === 0 ? [] : [environmentTag(ctx, SALT_HOSTED_ZONE, index)],
    };
  },
};
