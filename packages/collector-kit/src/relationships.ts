import { RegistryDefinitionError } from './errors.js';
import type { UidBuilder } from './mapping-helpers.js';
import type { ResourceManager } from './resource-manager.js';

/** A Manager class: what a registry line and an edge name. */
export type ManagerClass<Item = never> = new () => ResourceManager<Item>;

/** Target ids found in an item: one, a list, or none. */
export type TargetIds = string | undefined | readonly (string | undefined)[];

/** What an edge needs of its target: the kind and the uid by id, both taken from the target's own Manager. */
export interface EdgeTarget {
  readonly kind: string;
  readonly uid: UidBuilder;
}

/**
 * A kind's name and uid declared once, apart from its Manager, which takes both from it (`readonly kind = Ref.kind`,
 * `readonly uid = Ref.uid`): an edge can point at it where importing the Manager would make two Managers import
 * each other (a NAT gateway uses its ENI, the ENI is attached to the NAT gateway). The registry checks that the kind's
 * Manager builds its uid with this very builder, so the two ends still cannot disagree.
 */
export function kindRef(kind: string, uid: UidBuilder): EdgeTarget {
  return { kind, uid };
}

/** An edge as data: its type, the Manager of the kind it points at (or its kindRef), and the target ids in the item. */
export interface Relationship<Item> {
  readonly type: string;
  readonly target: ManagerClass | EdgeTarget;
  readonly ids: (item: Item) => TargetIds;
}

/** `edge('attached_to', InstancesManager, (volume: Volume) => volume.Attachments?.map((a) => a.InstanceId))`. */
export function edge<Item>(
  type: string,
  target: ManagerClass | EdgeTarget,
  ids: (item: Item) => TargetIds,
): Relationship<Item> {
  return { type, target, ids };
}

const targets = new WeakMap<ManagerClass, EdgeTarget>();

/**
 * The kind and uid builder of an edge's target, read from one instance of its Manager, so that an edge's kind and
 * uid can never disagree with the target's (a kindRef is its own). A target whose uid needs the whole item (a trail's ARN from the item)
 * cannot be reached by id, and is refused.
 */
export function edgeTargetOf(target: ManagerClass | EdgeTarget): EdgeTarget {
  if (typeof target !== 'function') return target;
  let found = targets.get(target);
  if (!found) {
    const manager = new target();
    const { uid } = manager;
    if (typeof uid !== 'function') {
      throw new RegistryDefinitionError(
        `${target.name} (${manager.kind}) builds its uid from the whole item, so an edge cannot point at it by id`,
      );
    }
    found = { kind: manager.kind, uid };
    targets.set(target, found);
  }
  return found;
}
