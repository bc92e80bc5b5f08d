import type { ResourceRecordSet } from '@aws-sdk/client-route-53';

/**
 * What a record's DNS name or address says it points at, read from the name alone: the name of a load balancer in a
 * region (application, network or classic: the name does not tell which), an S3 website endpoint (and the bucket it
 * serves), a CloudFront distribution's domain, an API Gateway API by id and region, or a public IPv4 address (whose
 * region no name tells). Anything else (a name outside AWS, a private address) points at nothing the inventory knows.
 */
export type DnsPointer =
  | { readonly to: 'load-balancer'; readonly region: string; readonly dnsName: string }
  | { readonly to: 'website-bucket'; readonly region: string; readonly bucket: string }
  | { readonly to: 'cloudfront'; readonly domain: string }
  | { readonly to: 'api'; readonly region: string; readonly apiId: string }
  | { readonly to: 'ip'; readonly ip: string };

const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
// `<name>-<n>.<region>.elb.amazonaws.com` (application, classic), `<name>-<hex>.elb.<region>.amazonaws.com` (network)
const LOAD_BALANCER = new RegExp(
  `^(?:[a-z0-9-]+\\.)?(?:(${REGION})\\.elb|elb\\.(${REGION}))\\.amazonaws\\.com(?:\\.cn)?$`,
);
// `<bucket>.s3-website-<region>.amazonaws.com` or `<bucket>.s3-website.<region>.amazonaws.com`; an alias names no bucket
const WEBSITE = new RegExp(`^(?:(.+)\\.)?s3-website[.-](${REGION})\\.amazonaws\\.com(?:\\.cn)?$`);
const CLOUDFRONT = /^[a-z0-9]+\.cloudfront\.net$/;
const API = new RegExp(`^([a-z0-9]{10})\\.execute-api\\.(${REGION})\\.amazonaws\\.com(?:\\.cn)?$`);
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** A DNS name as records give it, compared as AWS does: no trailing dot, no `dualstack.`, any case. */
export function normalDnsName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^dualstack\./, '');
}

/** Route 53 writes some characters of names as octal escapes (`\052` for `*`): the name as it reads. */
export function unescapedRecordName(name: string): string {
  return name.replace(/\\(\d{3})/g, (_escape, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

// 10/8, 172.16/12, 192.168/16, 100.64/10 (shared), 127/8, 169.254/16, 0/8 and 224/3: no resource of an account is there
function isPublicIpv4(octets: number[]): boolean {
  const [a = 0, b = 0] = octets;
  if (octets.some((octet) => octet > 255)) return false;
  if (a === 10 || a === 127 || a === 0 || a >= 224) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 169 && b === 254) return false;
  return !(a === 100 && b >= 64 && b <= 127);
}

/** What one name (an alias's DNS name, a CNAME's value) points at; `recordName` names the bucket of a website alias. */
export function pointerOfName(name: string, recordName: string): DnsPointer | undefined {
  const normal = normalDnsName(name);
  const balancer = LOAD_BALANCER.exec(normal);
  if (balancer) return { to: 'load-balancer', region: (balancer[1] ?? balancer[2]) as string, dnsName: normal };
  const website = WEBSITE.exec(normal);
  if (website) {
    const bucket = website[1] ?? normalDnsName(unescapedRecordName(recordName));
    return { to: 'website-bucket', region: website[2] as string, bucket };
  }
  if (CLOUDFRONT.test(normal)) return { to: 'cloudfront', domain: normal };
  const api = API.exec(normal);
  if (api) return { to: 'api', apiId: api[1] as string, region: api[2] as string };
  return undefined;
}

function pointerOfAddress(value: string): DnsPointer | undefined {
  const octets = IPV4.exec(value.trim())?.slice(1).map(Number);
  return octets && isPublicIpv4(octets) ? { to: 'ip', ip: octets.join('.') } : undefined;
}

/** Everything a record points at: its alias's target, or the names and addresses of an A, AAAA or CNAME record. */
export function pointersOf(record: ResourceRecordSet): DnsPointer[] {
  const name = record.Name ?? '';
  if (record.AliasTarget?.DNSName) {
    const pointer = pointerOfName(record.AliasTarget.DNSName, name);
    return pointer ? [pointer] : [];
  }
  const values = (record.ResourceRecords ?? []).map((resource) => resource.Value ?? '');
  switch (record.Type) {
    case 'CNAME':
      return values.flatMap((value) => pointerOfName(value, name) ?? []);
    case 'A':
      return values.flatMap((value) => pointerOfAddress(value) ?? []);
    default:
      return [];
  }
}
