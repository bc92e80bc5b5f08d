import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { mapBounded, ref, type ConnectorContext, type TargetRef } from '@cloud-inventory/collector-kit';
import { pointerOfName, pointersOf, type DnsPointer } from './dns-pointers.js';
import { DnsLookups, type Shown } from './dns-lookups.js';

/** A resource a record points at, by the id its kind's uid is built from, in the region it lives in. */
export interface DnsTarget {
  readonly kind: 'elbv2' | 'elb' | 'bucket' | 'elastic-ip' | 'instance' | 'cloudfront' | 'rest-api' | 'http-api';
  readonly id: string;
  readonly region: string;
}

/** What a record's names resolved to; `Dangling` only where a listing that would show a target succeeded without it. */
export interface DnsResolution {
  Targets: DnsTarget[];
  Dangling?: true;
  DanglingReason?: string;
}

type Outcome = { targets: DnsTarget[] } | { missing: string } | 'unknown';

const bucketsInFlight = 8;

/** Everything the lookups showed, each listing asked once for all the records. */
interface Listings {
  elbv2: Map<string, Shown>;
  elb: Map<string, Shown>;
  ipRegions: string[] | undefined;
  elasticIps: Map<string, Shown>;
  instances: Map<string, Shown>;
  distributions: Shown;
  restApis: Map<string, Shown>;
  httpApis: Map<string, Shown>;
  buckets: Map<string, boolean | undefined>;
}

const unique = (values: Iterable<string>) => [...new Set(values)];

async function byRegion(regions: readonly string[], list: (region: string) => Promise<Shown>) {
  return new Map(await Promise.all(regions.map(async (region) => [region, await list(region)] as const)));
}

async function listingsFor(lookups: DnsLookups, pointers: readonly DnsPointer[]): Promise<Listings> {
  const regionsOf = (to: DnsPointer['to']) =>
    unique(pointers.flatMap((p) => (p.to === to && 'region' in p ? [p.region] : [])));
  const ips = unique(pointers.flatMap((p) => (p.to === 'ip' ? [p.ip] : [])));
  const buckets = unique(pointers.flatMap((p) => (p.to === 'website-bucket' ? [`${p.region}\n${p.bucket}`] : [])));
  // an address names no region: it is looked for in every enabled region
  const ipRegions = ips.length > 0 ? await lookups.enabledRegions() : [];
  const [elbv2, elb, elasticIps, instances, distributions, restApis, httpApis] = await Promise.all([
    byRegion(regionsOf('load-balancer'), (region) => lookups.elbv2LoadBalancers(region)),
    byRegion(regionsOf('load-balancer'), (region) => lookups.classicLoadBalancers(region)),
    byRegion(ipRegions ?? [], (region) => lookups.elasticIps(region, ips)),
    byRegion(ipRegions ?? [], (region) => lookups.instances(region, ips)),
    pointers.some((p) => p.to === 'cloudfront') ? lookups.distributions() : Promise.resolve(undefined),
    byRegion(regionsOf('api'), (region) => lookups.restApis(region)),
    byRegion(regionsOf('api'), (region) => lookups.httpApis(region)),
  ]);
  const bucketAnswers = new Map<string, boolean | undefined>();
  const checks = mapBounded(buckets, bucketsInFlight, async (key) => {
    const [region = '', bucket = ''] = key.split('\n');
    return [key, await lookups.bucketExists(bucket, region)] as const;
  });
  for await (const [key, exists] of checks) bucketAnswers.set(key, exists);
  return { elbv2, elb, ipRegions, elasticIps, instances, distributions, restApis, httpApis, buckets: bucketAnswers };
}

/** Where each of several listings is asked: a target if one shows the key, missing if all succeeded without it. */
function amongListings(
  key: string,
  listings: readonly { shown: Shown; target: (id: string) => DnsTarget }[],
  missing: string,
): Outcome {
  const targets = listings.flatMap(({ shown, target }) => {
    const id = shown?.get(key);
    return id === undefined ? [] : [target(id)];
  });
  if (targets.length > 0) return { targets: targets.slice(0, 1) };
  return listings.every(({ shown }) => shown !== undefined) ? { missing } : 'unknown';
}

function outcomeOf(pointer: DnsPointer, found: Listings): Outcome {
  switch (pointer.to) {
    case 'load-balancer': {
      const { region, dnsName } = pointer;
      return amongListings(
        dnsName,
        [
          { shown: found.elbv2.get(region), target: (id) => ({ kind: 'elbv2', id, region }) },
          { shown: found.elb.get(region), target: (id) => ({ kind: 'elb', id, region }) },
        ],
        `no load balancer of the account in ${region} is named ${dnsName}`,
      );
    }
    case 'ip': {
      const regions = found.ipRegions;
      if (regions === undefined) return 'unknown';
      // elastic IPs first: an instance holding one shows it as its public address too
      const at = (kind: 'elastic-ip' | 'instance', shown: Map<string, Shown>) =>
        regions.map((region) => ({ shown: shown.get(region), target: (id: string) => ({ kind, id, region }) }));
      return amongListings(
        pointer.ip,
        [...at('elastic-ip', found.elasticIps), ...at('instance', found.instances)],
        `no elastic IP or instance of the account in its enabled regions holds ${pointer.ip}`,
      );
    }
    case 'website-bucket': {
      const exists = found.buckets.get(`${pointer.region}\n${pointer.bucket}`);
      if (exists === undefined) return 'unknown';
      return exists
        ? { targets: [{ kind: 'bucket', id: pointer.bucket, region: pointer.region }] }
        : { missing: `no S3 bucket is named ${pointer.bucket} (its website endpoint answers nothing)` };
    }
    case 'cloudfront':
      return amongListings(
        pointer.domain,
        [{ shown: found.distributions, target: (id) => ({ kind: 'cloudfront', id, region: 'global' }) }],
        `no CloudFront distribution of the account has the domain ${pointer.domain}`,
      );
    case 'api': {
      const { region, apiId } = pointer;
      return amongListings(
        apiId,
        [
          { shown: found.restApis.get(region), target: (id) => ({ kind: 'rest-api', id, region }) },
          { shown: found.httpApis.get(region), target: (id) => ({ kind: 'http-api', id, region }) },
        ],
        `no API Gateway API of the account in ${region} has the id ${apiId}`,
      );
    }
  }
}

function resolutionOf(pointers: readonly DnsPointer[], found: Listings): DnsResolution {
  const outcomes = pointers.map((pointer) => outcomeOf(pointer, found));
  const resolution: DnsResolution = {
    Targets: outcomes.flatMap((outcome) => (outcome !== 'unknown' && 'targets' in outcome ? outcome.targets : [])),
  };
  const missing = outcomes.flatMap((outcome) =>
    outcome !== 'unknown' && 'missing' in outcome ? [outcome.missing] : [],
  );
  if (missing.length > 0) {
    resolution.Dangling = true;
    resolution.DanglingReason = missing.join('; ');
  }
  return resolution;
}

/**
 * Each record with what it points at: load balancers, website buckets, elastic IPs and instances, CloudFront
 * distributions and API Gateway APIs of the account, found by the names and addresses the records hold. Only the
 * listings the records need are made, each once (the load balancers of a region a name names, the addresses asked
 * for in every enabled region, ...). A record naming a resource that a successful listing does not show is
 * dangling; a failed listing leaves its records' targets unknown.
 */
export async function resolveDnsTargets<Record extends ResourceRecordSet>(
  context: ConnectorContext,
  records: readonly Record[],
): Promise<(Record & DnsResolution)[]> {
  const resolutions = await resolvePointers(context, records.map(pointersOf));
  return records.map((record, index) => ({ ...record, ...(resolutions[index] as DnsResolution) }));
}

/**
 * What each item's DNS names point at (a CloudFront distribution's origin domains), resolved as records are: the
 * listings are made once for all the items, and a name that a successful listing does not show makes its item dangling.
 */
export function resolveDnsNames(
  context: ConnectorContext,
  namesOfItems: readonly (readonly string[])[],
): Promise<DnsResolution[]> {
  return resolvePointers(
    context,
    namesOfItems.map((names) => names.flatMap((name) => pointerOfName(name, '') ?? [])),
  );
}

async function resolvePointers(
  context: ConnectorContext,
  pointers: readonly (readonly DnsPointer[])[],
): Promise<DnsResolution[]> {
  const found = await listingsFor(new DnsLookups(context), pointers.flat());
  return pointers.map((pointersOfItem) => resolutionOf(pointersOfItem, found));
}

/** An edge's target ids: the resolved targets of one kind, each in its own region (a load balancer's, an address's). */
export function resolvedTargets(kind: DnsTarget['kind']): (item: DnsResolution) => TargetRef[] {
  return (item) =>
    item.Targets.filter((target) => target.kind === kind).map((target) => ref(target.id, { region: target.region }));
}
