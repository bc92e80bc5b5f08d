import { kindSpec, type SimKind } from '../kinds/index.js';
import type { IdPart } from '../kinds/kind-spec.js';
import { hashString, mix, mix4 } from './hash.js';
import { IdCodec } from './id-codec.js';
import { arnOf } from './partition.js';

/** Ids below this index are remembered: the few network resources are referenced by every instance. */
const ID_CACHE_LIMIT = 4096;

/** Everything a generator needs to know about one account x region: counts, ids and a field hash. */
export class ScopeContext {
  readonly key: number;
  readonly availabilityZones: string[];
  private readonly codecs = new Map<string, IdCodec>();
  private readonly idCache = new Map<string, string[]>();

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

  /** The id (or name) of item `index` of a kind, or of a part such as a reservation. */
  id(kind: SimKind | IdPart, index: number): string {
    const name = typeof kind === 'string' ? kind : kind.name;
    if (index >= ID_CACHE_LIMIT) return this.encode(kind, index);
    let cache = this.idCache.get(name);
    if (!cache) {
      cache = [];
      this.idCache.set(name, cache);
    }
    return (cache[index] ??= this.encode(kind, index));
  }

  /** The generated index an id (or name) stands for in this scope, if any. */
  indexOf(kind: SimKind, id: string): number | undefined {
    const ids = kindSpec(kind).ids;
    return 'prefix' in ids ? this.codec(kind, ids.prefix).decode(id) : ids.indexOf(this, id);
  }

  /** The index an id of a part (a reservation, a snapshot's name) stands for in this scope, if any. */
  partIndexOf(part: IdPart, id: string): number | undefined {
    return this.codec(part.name, part.prefix).decode(id);
  }

  /** An ARN of this scope's partition, by default in its region and account (`{ region: '' }` for IAM, S3). */
  arn(service: string, resource: string, at: { region?: string; account?: string } = {}): string {
    return arnOf(service, at.region ?? this.region, at.account ?? this.accountId, resource, this.region);
  }

  /** A deterministic 32-bit value for one field of one resource. */
  hash(kindSalt: number, index: number, field: number): number {
    return mix4(this.key, kindSalt, index, field);
  }

  /** `count` deterministic bytes for one field of one resource (fingerprints, MAC addresses). */
  bytes(kindSalt: number, index: number, count: number): Buffer {
    const bytes = Buffer.alloc(Math.ceil(count / 4) * 4);
    for (let word = 0; word < bytes.length / 4; word++)
      bytes.writeUInt32BE(this.hash(kindSalt, index, 1000 + word), word * 4);
    return bytes.subarray(0, count);
  }

  /** A deterministic date between `fromIso` and `days` later, at whole seconds. */
  date(fromIso: string, days: number, hash: number): Date {
    const from = Date.parse(fromIso);
    return new Date(from + (hash % (days * 86_400)) * 1000);
  }

  private encode(kind: SimKind | IdPart, index: number): string {
    if (typeof kind !== 'string') return this.codec(kind.name, kind.prefix).encode(index);
    const ids = kindSpec(kind).ids;
    return 'prefix' in ids ? this.codec(kind, ids.prefix).encode(index) : ids.nameAt(this, index);
  }

  private codec(name: string, prefix: string): IdCodec {
    let codec = this.codecs.get(name);
    if (!codec) {
      codec = new IdCodec(prefix, mix(this.key, hashString(name)));
      this.codecs.set(name, codec);
    }
    return codec;
  }
}
