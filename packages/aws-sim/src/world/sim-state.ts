import { DuplicateResourceError, UnknownResourceError } from '../errors.js';
import { isCurrentRecord, kindSpec, recordId, type SimKind, type SimRecordByKind } from '../kinds/index.js';
import type { SimWorld } from './sim-world.js';

export { isCurrentRecord, recordId };

/** Where a resource lives: an account and a region (a bucket's region is its location, a trail's its home region). */
export interface ResourceScope {
  account: string;
  region: string;
}

/**
 * Programmatic access to the simulated resources. Changes are visible to the next API call. Generated data keeps
 * its relationships consistent; records you add or change are taken as given (keep both sides consistent yourself),
 * except that removing an instance terminates it the way AWS does: its DeleteOnTermination volumes go, its other
 * volumes become available and its elastic IPs are disassociated.
 */
export class SimState {
  constructor(private readonly world: SimWorld) {}

  /** All items of a kind in one account x region (materialised: use `count` for large scopes). */
  list<K extends SimKind>(kind: K, scope: ResourceScope): SimRecordByKind[K][] {
    return [...this.world.collection(kind, scope.account, scope.region).all()];
  }

  count(kind: SimKind, scope: ResourceScope): number {
    return this.world.collection(kind, scope.account, scope.region).count();
  }

  get<K extends SimKind>(kind: K, scope: ResourceScope, id: string): SimRecordByKind[K] | undefined {
    return this.world.collection(kind, scope.account, scope.region).get(id);
  }

  /** Adds a resource: a complete, consistent record is generated and `fields` override parts of it. */
  add<K extends SimKind>(kind: K, scope: ResourceScope, fields: Partial<SimRecordByKind[K]> = {}): SimRecordByKind[K] {
    const spec = kindSpec(kind);
    const collection = this.world.collection(kind, scope.account, scope.region);
    const ctx = this.world.context(scope.account, scope.region);
    const record = { ...spec.generate(ctx, collection.nextAddedIndex()), ...fields };
    spec.added?.(record, fields, scope);
    const id = recordId(kind, record);
    const existing = spec.globallyUnique ? this.world.locate(kind, id) : collection.get(id);
    if (existing) throw new DuplicateResourceError(kind, id);
    collection.add(record);
    return record;
  }

  /** Changes fields of an existing resource (its id stays). */
  update<K extends SimKind>(
    kind: K,
    scope: ResourceScope,
    id: string,
    patch: Partial<SimRecordByKind[K]>,
  ): SimRecordByKind[K] {
    const collection = this.world.collection(kind, scope.account, scope.region);
    const current = collection.get(id);
    if (!current) throw new UnknownResourceError(kind, id);
    const updated = { ...current, ...patch, [kindSpec(kind).idField]: id };
    collection.replace(id, updated);
    return updated;
  }

  remove(kind: SimKind, scope: ResourceScope, id: string): void {
    const collection = this.world.collection(kind, scope.account, scope.region);
    const current = collection.get(id);
    if (!current) throw new UnknownResourceError(kind, id);
    collection.remove(id);
    kindSpec(kind).removed?.(current, scope, this.world);
  }
}
