import { MappingError } from './errors.js';
import { isIdentifyingUid, type FieldMapper, type ItemUid, type UidBuilder } from './mapping-helpers.js';
import { edgeTargetOf, type EdgeTarget, type Relationship, type TargetIds, type TargetRef } from './relationships.js';
import type { MapScope, UnifiedRelationship, UnifiedResource } from './unified-resource.js';

/** Which raw fields become the unified resource's fields. `cloud`, `account` and `region` come from the task. */
export interface ResourceMapping<Item> {
  id: FieldMapper<Item, string>;
  name: FieldMapper<Item, string>;
  tags?: FieldMapper<Item, Record<string, string>>;
  created_at?: FieldMapper<Item, string | undefined>;
  updated_at?: FieldMapper<Item, string | undefined>;
  data: FieldMapper<Item, Record<string, unknown>>;
  /** Only for a global service whose resources live in a region (an S3 bucket's location). */
  region?: FieldMapper<Item, string>;
}

/** CloudServiceType metadata: the service group and type shown in the inventory ("EC2" / "Instance"). */
export interface ServiceTypeInfo {
  group: string;
  type: string;
  name?: string;
  labels?: string[];
  /**
   * The kind family, lower snake case without a cloud prefix (`instance`, `load_balancer`): one name for the kinds of
   * several services that answer the same question, which a search may use in place of the kinds.
   */
  family?: string;
}

export type ManagedResourceType = 'CLOUD_SERVICE' | 'REGION';

/**
 * Maps raw AWS items of one kind to unified resources. Mostly data (mapping, relationships, metadata);
 * pure, so the kit runs it in a worker next to the Connector.
 */
export abstract class ResourceManager<Item> {
  abstract readonly kind: string;
  abstract readonly serviceType: ServiceTypeInfo;
  /**
   * The uid: from the provider id and the scope (an ARN builder, `arnFor`), so that edges can point here by id; or,
   * only where AWS gives the uid whole, from the item (`uidFromField('TrailARN')`).
   */
  abstract readonly uid: UidBuilder | ItemUid<Item>;
  abstract readonly mapping: ResourceMapping<Item>;
  /** Edges to other kinds, each naming the target's Manager (`edge('in_vpc', VpcsManager, (s) => s.VpcId)`). */
  readonly relationships: readonly Relationship<Item>[] = [];
  private edgeTargets: readonly EdgeTarget[] | undefined;
  /**
   * Paths into data of values that change without the resource changing (a trail's latest delivery time): dot-separated
   * keys of nested objects or a top-level key. The inventory stores and shows them but never counts them as an update.
   */
  readonly volatile: readonly string[] = [];
  /** Global services run once per account (region "global") instead of once per region. */
  readonly isGlobal: boolean = false;
  readonly resourceType: ManagedResourceType = 'CLOUD_SERVICE';

  /**
   * One item as a unified resource. Refuses, for every kind, an item that does not identify itself (an empty id, or a
   * uid without its id part): that is a MappingError failing the kind's scope, never a resource with an empty uid.
   */
  map(item: Item, scope: MapScope): UnifiedResource {
    const { mapping } = this;
    const id = mapping.id(item, scope);
    if (typeof id !== 'string' || id.trim() === '') throw new MappingError('id');
    const region = mapping.region ? mapping.region(item, scope) : scope.region;
    const resourceScope = region === scope.region ? scope : { ...scope, region };
    const uid = typeof this.uid === 'function' ? this.uid(id, resourceScope) : this.uid.fromItem(item);
    if (!isIdentifyingUid(uid)) throw new MappingError('uid');
    const resource: UnifiedResource = {
      uid,
      id,
      kind: this.kind,
      name: mapping.name(item, scope),
      tags: mapping.tags ? mapping.tags(item, scope) : {},
      cloud: 'aws',
      account: scope.account,
      region,
      service_group: this.serviceType.group,
      type: this.serviceType.type,
      data_json: JSON.stringify(mapping.data(item, scope)),
      relationships: this.relationshipsOf(item, resourceScope),
    };
    const createdAt = mapping.created_at?.(item, scope);
    if (createdAt !== undefined) resource.created_at = createdAt;
    const updatedAt = mapping.updated_at?.(item, scope);
    if (updatedAt !== undefined) resource.updated_at = updatedAt;
    if (this.volatile.length > 0) resource.volatile_fields = [...this.volatile];
    return resource;
  }

  /** Each edge once: an item may name one target twice (a template's groups in two versions), the graph holds one. */
  private relationshipsOf(item: Item, scope: MapScope): UnifiedRelationship[] {
    const edges: UnifiedRelationship[] = [];
    const seen = new Set<string>();
    const targets = (this.edgeTargets ??= this.relationships.map((relationship) => edgeTargetOf(relationship.target)));
    for (let index = 0; index < targets.length; index++) {
      const relationship = this.relationships[index] as Relationship<Item>;
      const target = targets[index] as EdgeTarget;
      const ids = relationship.ids(item);
      const entries: readonly (string | TargetRef | undefined)[] = isList(ids) ? ids : [ids];
      for (const entry of entries) {
        const targetUid = uidOfTarget(target, entry, scope);
        if (targetUid === undefined) continue;
        const key = `${relationship.type}\n${targetUid}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push({ type: relationship.type, target_uid: targetUid, target_kind: target.kind });
      }
    }
    return edges;
  }
}

function isList(ids: TargetIds): ids is readonly (string | TargetRef | undefined)[] {
  return Array.isArray(ids);
}

/** The uid of one target, in the scope its reference names (the item's, for whatever it leaves out). */
function uidOfTarget(target: EdgeTarget, entry: string | TargetRef | undefined, scope: MapScope): string | undefined {
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return entry === '' ? undefined : target.uid(entry, scope);
  if (entry.id === undefined || entry.id === '') return undefined;
  const account = entry.account || scope.account;
  const region = entry.region || scope.region;
  const at = account === scope.account && region === scope.region ? scope : { ...scope, account, region };
  return target.uid(entry.id, at);
}
