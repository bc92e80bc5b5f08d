import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import type { ScopeContext } from '../../world/scope-context.js';
import { executeApiHost, httpApiIdAt, restApiIdAt } from '../apigateway/api-ids.js';
import { distributionDomainName } from '../cloudfront/distribution-ids.js';
import { bucketNameFor } from '../s3/bucket.js';
import { publicAddress } from '../ec2/compute-layout.js';
import { instanceKind } from '../ec2/instance.js';
import { classicLoadBalancerKind } from '../elb/classic-load-balancer.js';
import { elbv2LoadBalancerKind } from '../elbv2/load-balancer.js';
import { elbDomain } from '../elbv2/zones.js';
import type { KindSpec, NamedIds } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { hostedZoneId, hostedZoneIds, hostedZoneKind } from './hosted-zone.js';
import { isPrivateZone, recordPlace, zoneName } from './route53-layout.js';

/**
 * ListResourceRecordSets' ResourceRecordSet, with the zone it lies in and its key (the sim's own fields): the key is
 * `<ZoneId>/recordset/<name without trailing dot>/<type>[/<SetIdentifier>]`, as the collector names record sets.
 */
export type SimRecordSet = Filled<ResourceRecordSet, 'Name' | 'Type'> & { RecordKey: string; HostedZoneId: string };

type RecordBody = Omit<SimRecordSet, 'RecordKey' | 'HostedZoneId' | 'Name'> & { label: string };

const SALT_RECORD_SET = 92;
const TTL = 300;

/** The hosted zone of S3 website endpoints (AWS's table for us-east-1; others made up, stable). */
function websiteZone(region: string): string {
  return region === 'us-east-1'
    ? 'Z3AQBSTGFYJSTF'
    : `Z${region
        .replace(/[^a-z0-9]/g, '')
        .toUpperCase()
        .slice(0, 12)}W3`;
}

const values = (...texts: string[]) => ({ TTL, ResourceRecords: texts.map((Value) => ({ Value })) });

function modulo(index: number, count: number): number | undefined {
  return count > 0 ? index % count : undefined;
}

/** An alias to load balancer i, as the console writes it: `dualstack.` + its DNS name, with the trailing dot. */
function elbv2Alias(ctx: ScopeContext, index: number, evaluate: boolean): RecordBody['AliasTarget'] {
  const balancer = elbv2LoadBalancerKind.generate(ctx, index);
  return {
    HostedZoneId: balancer.CanonicalHostedZoneId,
    DNSName: `dualstack.${balancer.DNSName.toLowerCase()}.`,
    EvaluateTargetHealth: evaluate,
  };
}

/** CloudFront's one hosted zone, which every alias to a distribution names. */
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';

/** An HTTP API near `index` (every fourth API of apigatewayv2 is a WebSocket one), else undefined: none exists. */
function httpApiNear(ctx: ScopeContext, index: number | undefined): number | undefined {
  if (index === undefined || index % 4 !== 3) return index;
  return index > 0 ? index - 1 : undefined;
}

/** An instance's own public IP (not an elastic IP's) near `from`, else undefined: a few instances have one. */
function instancePublicIp(ctx: ScopeContext, from: number): string | undefined {
  for (let index = from; index < Math.min(ctx.counts.instance, from + 40); index++) {
    const instance = instanceKind.generate(ctx, index);
    const address = instance.PublicIpAddress;
    if (address !== undefined && (index >= ctx.counts.address || index % 5 === 4)) return address;
  }
  return undefined;
}

/**
 * What slot s of a public zone holds: what most zones have (SOA, NS, MX, TXT), records of each kind of target
 * (aliases to load balancers, CNAMEs to classic load balancers and website buckets, A records to elastic IPs and
 * instances, an alias to a CloudFront distribution, CNAMEs to API Gateway APIs' execute-api hosts), weighted and
 * failover ones, and dangling ones (a CNAME to a deleted load balancer, an A record to an IP no one holds, an alias to
 * a website bucket that does not exist, a CNAME to a deleted distribution's domain: a subdomain takeover waiting).
 * Hosted zones and distributions are both account-wide, so the zone's scope counts the account's distributions.
 */
function publicRecord(ctx: ScopeContext, zone: number, slot: number, zoneDomain: string): RecordBody | undefined {
  const balancer = modulo(zone, ctx.counts.elbv2LoadBalancer);
  const classic = modulo(zone, ctx.counts.classicLoadBalancer);
  const address = modulo(zone, ctx.counts.address);
  const bucket = modulo(zone, ctx.counts.bucket);
  const distribution = modulo(zone, ctx.counts.cloudFrontDistribution);
  const restApi = modulo(zone, ctx.counts.apiGatewayRestApi);
  const httpApi = httpApiNear(ctx, modulo(zone, ctx.counts.apiGatewayV2Api));
  const hash = ctx.hash(SALT_RECORD_SET, zone, slot);
  switch (slot) {
    case 2:
      return balancer === undefined
        ? undefined
        : { label: '', Type: 'A', AliasTarget: elbv2Alias(ctx, balancer, true) };
    case 3:
      return classic === undefined
        ? undefined
        : { label: 'legacy', Type: 'CNAME', ...values(classicLoadBalancerKind.generate(ctx, classic).DNSName) };
    case 4:
      return address === undefined ? undefined : { label: 'vpn', Type: 'A', ...values(publicAddress(ctx, address)) };
    case 5:
      return { label: '', Type: 'MX', ...values(`10 mail.${zoneDomain}`, `20 mail2.${zoneDomain}`) };
    case 6:
      return { label: '', Type: 'TXT', ...values('"v=spf1 include:amazonses.com ~all"') };
    case 7:
      return bucket === undefined
        ? undefined
        : {
            label: 'static',
            Type: 'CNAME',
            ...values(`${bucketNameFor(ctx.accountId, ctx.region, bucket)}.s3-website-${ctx.region}.amazonaws.com`),
          };
    case 8: {
      const ip = instancePublicIp(ctx, zone);
      return ip === undefined ? undefined : { label: 'bastion', Type: 'A', ...values(ip) };
    }
    case 9:
    case 10:
      return balancer === undefined
        ? undefined
        : {
            label: 'api',
            Type: 'A',
            SetIdentifier: slot === 9 ? 'blue' : 'green',
            Weight: slot === 9 ? 70 : 30,
            AliasTarget: elbv2Alias(ctx, (balancer + slot - 9) % ctx.counts.elbv2LoadBalancer, true),
          };
    case 11:
      return classic === undefined
        ? undefined
        : {
            label: 'app',
            Type: 'CNAME',
            SetIdentifier: 'primary',
            Failover: 'PRIMARY',
            ...values(classicLoadBalancerKind.generate(ctx, classic).DNSName),
          };
    case 12:
      return balancer === undefined
        ? undefined
        : {
            label: 'app',
            Type: 'CNAME',
            SetIdentifier: 'secondary',
            Failover: 'SECONDARY',
            ...values(elbv2LoadBalancerKind.generate(ctx, balancer).DNSName),
          };
    case 13:
      return {
        label: 'old',
        Type: 'CNAME',
        ...values(`old-alb-${zone}-${hash % 2_000_000_000}.${elbDomain(ctx.region)}`),
      };
    case 14:
      // last octets below 4 are never generated for an address or an instance
      return { label: 'legacy-vpn', Type: 'A', ...values(`52.95.${zone & 255}.${(hash % 3) + 1}`) };
    case 15:
      return {
        label: 'promo',
        Type: 'A',
        AliasTarget: {
          HostedZoneId: websiteZone(ctx.region),
          DNSName: `s3-website-${ctx.region}.amazonaws.com.`,
          EvaluateTargetHealth: false,
        },
      };
    case 16:
      return {
        label: 'edge',
        Type: 'AAAA',
        SetIdentifier: ctx.region,
        Region: ctx.region as RecordBody['Region'],
        ...values(`2600:1f18:${(hash & 0xffff).toString(16)}::${zone + 1}`),
      };
    case 17:
      return distribution === undefined
        ? undefined
        : {
            label: 'www',
            Type: 'A',
            AliasTarget: {
              HostedZoneId: CLOUDFRONT_ZONE,
              DNSName: `${distributionDomainName(ctx, distribution)}.`,
              EvaluateTargetHealth: false,
            },
          };
    case 18:
      return restApi === undefined
        ? undefined
        : { label: 'gateway', Type: 'CNAME', ...values(executeApiHost(ctx, restApiIdAt(ctx, restApi))) };
    case 19:
      return httpApi === undefined
        ? undefined
        : { label: 'hooks', Type: 'CNAME', ...values(executeApiHost(ctx, httpApiIdAt(ctx, httpApi))) };
    case 20:
      // the domain of a distribution past the account's last: deleted, its name free for anyone to claim
      return {
        label: 'assets',
        Type: 'CNAME',
        ...values(distributionDomainName(ctx, ctx.counts.cloudFrontDistribution + zone)),
      };
    default:
      return undefined;
  }
}

/** A private zone's names are internal: A records to private addresses of the VPCs. */
function privateRecord(zone: number, slot: number): RecordBody {
  return { label: `db-${slot}`, Type: 'A', ...values(`10.${zone & 255}.${(slot >>> 8) & 255}.${slot & 255}`) };
}

/** Slots with nothing planned (or whose target the world lacks): a TXT record each, cheap and inert. */
function fillerRecord(slot: number): RecordBody {
  return { label: `host-${slot}`, Type: 'TXT', ...values(`"slot ${slot}"`) };
}

function zoneApex(zone: number, slot: number): RecordBody {
  if (slot === 0) {
    return {
      label: '',
      Type: 'SOA',
      ...values(`ns-${zone % 2048}.awsdns-${zone % 64}.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400`),
      TTL: 900,
    };
  }
  const servers = [
    `ns-${zone % 2048}.awsdns-${zone % 64}.com.`,
    `ns-${(zone + 512) % 2048}.awsdns-${(zone + 1) % 64}.net.`,
  ];
  servers.push(
    `ns-${(zone + 1024) % 2048}.awsdns-${(zone + 2) % 64}.org.`,
    `ns-${(zone + 1536) % 2048}.awsdns-${(zone + 3) % 64}.co.uk.`,
  );
  return { label: '', Type: 'NS', ...values(...servers), TTL: 172800 };
}

function generateRecordSet(ctx: ScopeContext, index: number): SimRecordSet {
  const { zone, slot } = recordPlace(ctx, index);
  const privateZone = isPrivateZone(ctx, zone);
  const domain = zoneName(zone, privateZone);
  const body =
    slot < 2
      ? zoneApex(zone, slot)
      : privateZone
        ? privateRecord(zone, slot)
        : (publicRecord(ctx, zone, slot, domain) ?? fillerRecord(slot));
  const { label, ...record } = body;
  const name = label === '' ? domain : `${label}.${domain}`;
  const zoneId = hostedZoneId(ctx, zone);
  const identifier = record.SetIdentifier === undefined ? '' : `/${record.SetIdentifier}`;
  return {
    Name: name,
    ...record,
    RecordKey: `${zoneId}/recordset/${name.replace(/\.$/, '')}/${record.Type}${identifier}`,
    HostedZoneId: zoneId,
  };
}

/** Record set keys name their zone and record, not their index: the index is found among the zone's slots. */
const recordSetKeys: NamedIds = {
  nameAt: (ctx, index) => generateRecordSet(ctx, index).RecordKey,
  indexOf(ctx, key) {
    const zone = hostedZoneIds.indexOf(ctx, key.split('/')[0] ?? '');
    if (zone === undefined) return undefined;
    const zones = Math.max(1, ctx.counts.hostedZone);
    for (let index = zone; index < ctx.counts.recordSet; index += zones) {
      if (generateRecordSet(ctx, index).RecordKey === key) return index;
    }
    return undefined;
  },
};

export const recordSetKind: KindSpec<'recordSet', SimRecordSet> = {
  kind: 'recordSet',
  idField: 'RecordKey',
  ids: recordSetKeys,
  // tiny and small: every slot of the plan (21) in each of their two and three zones; larger: zones of 21 and 40
  counts: { tiny: 42, small: 63, medium: 210, large: 1600 },
  needs: [hostedZoneKind.kind],
  accountWide: true,
  ownFields: ['RecordKey', 'HostedZoneId'],
  generate: generateRecordSet,
};
