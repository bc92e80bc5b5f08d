import { UnknownScopeError } from '../errors.js';
import { kindSpec, type SimKind, type SimRecordByKind } from '../kinds/index.js';
import { ResourceCollection } from './resource-collection.js';
import { ScopeContext } from './scope-context.js';

type CollectionsByKind = { [K in SimKind]?: ResourceCollection<SimRecordByKind[K]> };

interface Scope {
  ctx: ScopeContext;
  collections: CollectionsByKind;
}

function createCollection<K extends SimKind>(ctx: ScopeContext, kind: K): ResourceCollection<SimRecordByKind[K]> {
  const spec = kindSpec(kind);
  return new ResourceCollection({
    generatedCount: spec.accountWide && ctx.region !== ctx.accountRegions[0] ? 0 : ctx.counts[kind],
    idAt: (index) => ctx.id(kind, index),
    generate: (index) => spec.generate(ctx, index),
    idOf: (record) => String(record[spec.idField]),
    indexOf: (id) => ctx.indexOf(kind, id),
  });
}

/** All accounts x regions, each with lazily created collections of every kind. */
export class SimWorld {
  private readonly scopes = new Map<string, Scope>();

  constructor(
    seed: number,
    readonly accountIds: readonly string[],
    readonly regions: readonly string[],
    counts: Readonly<Record<SimKind, number>>,
    /** Accounts whose estate has counts of its own (an organization's generated members, smaller). */
    countsByAccount: ReadonlyMap<string, Readonly<Record<SimKind, number>>> = new Map(),
  ) {
    for (const accountId of accountIds) {
      const accountCounts = countsByAccount.get(accountId) ?? counts;
      for (const region of regions) {
        this.scopes.set(`${accountId}|${region}`, {
          ctx: new ScopeContext(seed, accountId, region, regions, accountCounts, this),
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
      collection = createCollection(scope.ctx, kind);
      (scope.collections as Record<string, unknown>)[kind] = collection;
    }
    return collection;
  }

  /** Finds an item by id in any account and region: where its name says first, then everywhere. */
  locate<K extends SimKind>(
    kind: K,
    id: string,
  ): { accountId: string; region: string; record: SimRecordByKind[K] } | undefined {
    const ids = kindSpec(kind).ids;
    const hint = 'scopeOf' in ids ? ids.scopeOf?.(id) : undefined;
    if (hint && this.hasScope(hint.accountId, hint.region)) {
      const record = this.collection(kind, hint.accountId, hint.region).get(id);
      if (record) return { accountId: hint.accountId, region: hint.region, record };
    }
    for (const accountId of this.accountIds) {
      for (const region of this.regions) {
        const record = this.collection(kind, accountId, region).get(id);
        if (record) return { accountId, region, record };
      }
    }
    return undefined;
  }

  /** Finds a bucket by its global name in any account and region. */
  findBucket(name: string): { accountId: string; region: string; bucket: SimRecordByKind['bucket'] } | undefined {
    const found = this.locate('bucket', name);
    return found && { accountId: found.accountId, region: found.region, bucket: found.record };
  }

  private scope(accountId: string, region: string): Scope {
    const scope = this.scopes.get(`${accountId}|${region}`);
    if (!scope) throw new UnknownScopeError(accountId, region);
    return scope;
  }
}
