import type { SimKind } from '../options.js';
import { hashString, mix, mix4 } from './hash.js';
import { IdCodec } from './id-codec.js';

const ID_PREFIXES = {
  instance: 'i-',
  reservation: 'r-',
  volume: 'vol-',
  snapshot: 'snap-',
  image: 'ami-',
  vpc: 'vpc-',
  subnet: 'subnet-',
  securityGroup: 'sg-',
  address: 'eipalloc-',
  association: 'eipassoc-',
  networkInterface: 'eni-',
  dhcpOptions: 'dopt-',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const SMALL_KIND_CACHE = 4096;
const CACHED_KINDS = new Set<IdKind>(['vpc', 'subnet', 'securityGroup', 'image', 'dhcpOptions']);

/** Everything a generator needs to know about one account x region: counts, id codecs and a field hash. */
export class ScopeContext {
  readonly key: number;
  readonly availabilityZones: string[];
  private readonly codecs = new Map<IdKind, IdCodec>();
  private readonly idCache = new Map<IdKind, string[]>();

  constructor(
    readonly seed: number,
    readonly accountId: string,
    readonly region: string,
    /** The account's enabled regions, first one is where account-wide things (the multi-region trail) live. */
    readonly accountRegions: readonly string[],
    readonly counts: Readonly<Record<SimKind, number>>,
  ) {
    this.key = mix(seed, hashString(accountId), hashString(region));
    this.availabilityZones = ['a', 'b', 'c'].map((letter) => `${region}${letter}`);
  }

  id(kind: IdKind, index: number): string {
    // ids of the few network resources are referenced by every instance: worth remembering
    if (index < SMALL_KIND_CACHE && CACHED_KINDS.has(kind)) {
      let cache = this.idCache.get(kind);
      if (!cache) {
        cache = [];
        this.idCache.set(kind, cache);
      }
      return (cache[index] ??= this.codec(kind).encode(index));
    }
    return this.codec(kind).encode(index);
  }

  indexOf(kind: IdKind, id: string): number | undefined {
    return this.codec(kind).decode(id);
  }

  /** A deterministic 32-bit value for one field of one resource. */
  hash(kindSalt: number, index: number, field: number): number {
    return mix4(this.key, kindSalt, index, field);
  }

  /** A deterministic date between `fromIso` and `days` later, at whole seconds. */
  date(fromIso: string, days: number, hash: number): Date {
    const from = Date.parse(fromIso);
    return new Date(from + (hash % (days * 86_400)) * 1000);
  }

  private codec(kind: IdKind): IdCodec {
    let codec = this.codecs.get(kind);
    if (!codec) {
      codec = new IdCodec(ID_PREFIXES[kind], mix(this.key, hashString(kind)));
      this.codecs.set(kind, codec);
    }
    return codec;
  }
}

export function bucketNameFor(accountId: string, region: string, index: number): string {
  return `${BUCKET_WORDS[index % BUCKET_WORDS.length]}-${accountId}-${region}-${index}`;
}

export function parseGeneratedBucketName(
  name: string,
): { accountId: string; region: string; index: number } | undefined {
  const match = /^[a-z]+-(\d{12})-([a-z0-9-]+)-(\d+)$/.exec(name);
  if (!match) return undefined;
  return { accountId: match[1] as string, region: match[2] as string, index: Number(match[3]) };
}

const BUCKET_WORDS = ['logs', 'assets', 'backups', 'data', 'artifacts', 'reports'];
