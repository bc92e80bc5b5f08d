import { UnknownScopeError } from '../errors.js';
import type { SimKind } from '../options.js';
import {
  generateAddress,
  generateImage,
  generateInstance,
  generateSnapshot,
  generateVolume,
} from './generate-compute.js';
import { generateSecurityGroup, generateSubnet, generateVpc } from './generate-network.js';
import { generateBucket, generateTrail, parseGeneratedTrailName, trailNameFor } from './generate-storage.js';
import type { SimRecordByKind } from './records.js';
import { ResourceCollection, type CollectionSpec } from './resource-collection.js';
import { bucketNameFor, parseGeneratedBucketName, ScopeContext, type IdKind } from './scope-context.js';

type CollectionsByKind = { [K in SimKind]?: ResourceCollection<SimRecordByKind[K]> };

function ec2Spec<T>(
  ctx: ScopeContext,
  kind: SimKind & IdKind,
  generate: (ctx: ScopeContext, index: number) => T,
  idOf: (record: T) => string,
): CollectionSpec<T> {
  return {
    generatedCount: ctx.counts[kind],
    idAt: (index) => ctx.id(kind, index),
    generate: (index) => generate(ctx, index),
    idOf,
    indexOf: (id) => ctx.indexOf(kind, id),
  };
}

function specFor<K extends SimKind>(ctx: ScopeContext, kind: K): CollectionSpec<SimRecordByKind[K]> {
  const specs: { [P in SimKind]: () => CollectionSpec<SimRecordByKind[P]> } = {
    instance: () => ec2Spec(ctx, 'instance', generateInstance, (r) => r.InstanceId),
    volume: () => ec2Spec(ctx, 'volume', generateVolume, (r) => r.VolumeId),
    snapshot: () => ec2Spec(ctx, 'snapshot', generateSnapshot, (r) => r.SnapshotId),
    image: () => ec2Spec(ctx, 'image', generateImage, (r) => r.ImageId),
    vpc: () => ec2Spec(ctx, 'vpc', generateVpc, (r) => r.VpcId),
    subnet: () => ec2Spec(ctx, 'subnet', generateSubnet, (r) => r.SubnetId),
    securityGroup: () => ec2Spec(ctx, 'securityGroup', generateSecurityGroup, (r) => r.GroupId),
    address: () => ec2Spec(ctx, 'address', generateAddress, (r) => r.AllocationId),
    bucket: () => ({
      generatedCount: ctx.counts.bucket,
      idAt: (index) => bucketNameFor(ctx.accountId, ctx.region, index),
      generate: (index) => generateBucket(ctx, index),
      idOf: (r) => r.Name,
      indexOf: (name) => {
        const parsed = parseGeneratedBucketName(name);
        return parsed && parsed.accountId === ctx.accountId && parsed.region === ctx.region ? parsed.index : undefined;
      },
    }),
    trail: () => ({
      generatedCount: ctx.counts.trail,
      idAt: (index) => trailNameFor(ctx.region, index),
      generate: (index) => generateTrail(ctx, index),
      idOf: (r) => r.Name,
      indexOf: (name) => {
        const parsed = parseGeneratedTrailName(name);
        return parsed && parsed.region === ctx.region ? parsed.index : undefined;
      },
    }),
  };
  return specs[kind]();
}

/** All accounts x regions, each with lazily created collections of every kind. */
export class SimWorld {
  private readonly scopes = new Map<string, { ctx: ScopeContext; collections: CollectionsByKind }>();

  constructor(
    seed: number,
    readonly accountIds: readonly string[],
    readonly regions: readonly string[],
    counts: Readonly<Record<SimKind, number>>,
  ) {
    for (const accountId of accountIds) {
      for (const region of regions) {
        this.scopes.set(`${accountId}|${region}`, {
          ctx: new ScopeContext(seed, accountId, region, regions, counts),
          collections: {},
        });
      }
    }
  }

  hasScope(accountId: string, region: string): boolean {
    return this.scopes.has(`${accountId}|${region}`);
  }

  context(accountId: string, region: string): ScopeContext {
    return this.scope(accountId, region).ctx;
  }

  collection<K extends SimKind>(kind: K, accountId: string, region: string): ResourceCollection<SimRecordByKind[K]> {
    const scope = this.scope(accountId, region);
    let collection = scope.collections[kind] as ResourceCollection<SimRecordByKind[K]> | undefined;
    if (!collection) {
      collection = new ResourceCollection(specFor(scope.ctx, kind));
      (scope.collections as Record<string, unknown>)[kind] = collection;
    }
    return collection;
  }

  /** Finds a bucket by its global name in any account and region. */
  findBucket(name: string): { accountId: string; region: string; bucket: SimRecordByKind['bucket'] } | undefined {
    const parsed = parseGeneratedBucketName(name);
    if (parsed && this.hasScope(parsed.accountId, parsed.region)) {
      const bucket = this.collection('bucket', parsed.accountId, parsed.region).get(name);
      if (bucket) return { accountId: parsed.accountId, region: parsed.region, bucket };
    }
    for (const accountId of this.accountIds) {
      for (const region of this.regions) {
        const bucket = this.collection('bucket', accountId, region).get(name);
        if (bucket) return { accountId, region, bucket };
      }
    }
    return undefined;
  }

  private scope(accountId: string, region: string): { ctx: ScopeContext; collections: CollectionsByKind } {
    const scope = this.scopes.get(`${accountId}|${region}`);
    if (!scope) throw new UnknownScopeError(accountId, region);
    return scope;
  }
}
