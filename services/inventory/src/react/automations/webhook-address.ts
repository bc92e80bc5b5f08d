import { isIP } from 'node:net';

/**
 * Which addresses a webhook may reach. `refused` ranges (link-local, cloud metadata, unspecified, multicast) never
 * carry a webhook; `private` ranges (loopback, RFC 1918, CGNAT, unique local) only with
 * react.webhook.allowPrivateNetworks. Everything else is public.
 */
export type AddressClass = 'public' | 'private' | 'refused';

export interface AddressVerdict {
  class: AddressClass;
  /** What the address is, for the refusal message: "link-local", "loopback", "cloud metadata (AWS)". */
  description: string;
}

interface Range {
  first: bigint;
  /** Prefix length in bits. */
  bits: number;
  class: Exclude<AddressClass, 'public'>;
  description: string;
}

const ipv4Ranges: Range[] = [
  v4('0.0.0.0/8', 'refused', 'unspecified ("this network", reaches the host itself)'),
  v4('169.254.0.0/16', 'refused', 'link-local (cloud metadata services live here)'),
  v4('100.100.100.200/32', 'refused', 'cloud metadata (Alibaba)'),
  v4('168.63.129.16/32', 'refused', 'cloud platform endpoint (Azure)'),
  v4('224.0.0.0/4', 'refused', 'multicast'),
  v4('240.0.0.0/4', 'refused', 'reserved or broadcast'),
  v4('127.0.0.0/8', 'private', 'loopback'),
  v4('10.0.0.0/8', 'private', 'private'),
  v4('172.16.0.0/12', 'private', 'private'),
  v4('192.168.0.0/16', 'private', 'private'),
  v4('100.64.0.0/10', 'private', 'shared (carrier-grade NAT)'),
  v4('198.18.0.0/15', 'private', 'private (benchmarking)'),
];

const ipv6Ranges: Range[] = [
  v6('::/128', 'refused', 'unspecified (reaches the host itself)'),
  v6('fe80::/10', 'refused', 'link-local'),
  v6('fd00:ec2::254/128', 'refused', 'cloud metadata (AWS)'),
  v6('ff00::/8', 'refused', 'multicast'),
  v6('::1/128', 'private', 'loopback'),
  v6('fc00::/7', 'private', 'unique local (private)'),
  v6('fec0::/10', 'private', 'site-local (private)'),
];

/**
 * IPv6 ranges that carry an IPv4 address: the connection ends at that IPv4 address (mapped, compatible) or is
 * translated to it (NAT64, 6to4), so the embedded address decides. `shift` is where its 32 bits end.
 */
const embeddingRanges: { range: Range; shift: bigint; description: string }[] = [
  { range: v6('::ffff:0:0/96', 'private', ''), shift: 0n, description: 'IPv4-mapped' },
  { range: v6('::/96', 'private', ''), shift: 0n, description: 'IPv4-compatible' },
  { range: v6('64:ff9b::/96', 'private', ''), shift: 0n, description: 'NAT64' },
  { range: v6('64:ff9b:1::/48', 'private', ''), shift: 0n, description: 'NAT64 (local)' },
  { range: v6('2002::/16', 'private', ''), shift: 80n, description: '6to4' },
];

/** Classifies one IP address (v4 or v6, any textual form Node accepts). Throws on something that is not an IP. */
export function classifyAddress(address: string): AddressVerdict {
  const unzoned = address.replace(/%.*$/, '');
  const family = isIP(unzoned);
  if (family === 4) return classifyIn(ipv4Ranges, ipv4ToBigInt(unzoned), 32);
  if (family !== 6) throw new TypeError(`not an IP address: ${address}`);
  const value = ipv6ToBigInt(unzoned);
  const own = classifyIn(ipv6Ranges, value, 128);
  // ::1 and :: lie inside the IPv4-compatible range but are loopback and unspecified themselves.
  if (own.class !== 'public') return own;
  for (const embedding of embeddingRanges) {
    if (!isInRange(embedding.range, value, 128)) continue;
    const embedded = Number((value >> embedding.shift) & 0xffff_ffffn);
    const inner = classifyIn(ipv4Ranges, BigInt(embedded), 32);
    if (inner.class !== 'public') {
      return {
        class: inner.class,
        description: `${embedding.description} ${formatIpv4(embedded)}, ${inner.description}`,
      };
    }
  }
  return own;
}

/** The most restrictive match wins: 100.100.100.200 lies inside the CGNAT range but is a metadata service. */
function classifyIn(ranges: Range[], value: bigint, width: number): AddressVerdict {
  const matches = ranges.filter((range) => isInRange(range, value, width));
  const found = matches.find((range) => range.class === 'refused') ?? matches[0];
  return found ? { class: found.class, description: found.description } : { class: 'public', description: 'public' };
}

function isInRange(range: Range, value: bigint, width: number): boolean {
  const shift = BigInt(width - range.bits);
  return value >> shift === range.first >> shift;
}

function v4(cidr: string, rangeClass: Range['class'], description: string): Range {
  const [address, bits] = cidr.split('/') as [string, string];
  return { first: ipv4ToBigInt(address), bits: Number(bits), class: rangeClass, description };
}

function v6(cidr: string, rangeClass: Range['class'], description: string): Range {
  const [address, bits] = cidr.split('/') as [string, string];
  return { first: ipv6ToBigInt(address), bits: Number(bits), class: rangeClass, description };
}

function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

/** Any valid IPv6 text (compressed, with a dotted IPv4 tail): the WHATWG URL parser gives its canonical form. */
function ipv6ToBigInt(address: string): bigint {
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head = '', tail] = canonical.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = new Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = tail === undefined ? headGroups : [...headGroups, ...zeros, ...tailGroups];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}
