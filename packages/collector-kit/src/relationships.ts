import { RegistryDefinitionError } from './errors.js';
import type { UidBuilder } from './mapping-helpers.js';
import type { ResourceManager } from './resource-manager.js';

/** A Manager class: what a registry line and an edge name. */
export type ManagerClass<Item = never> = new () => ResourceManager<Item>;

/**
 * A kind the inventory refers to but no collector collects (an AWS service principal, a federated identity provider):
 * an edge points at it by uid alone, as a reference to something outside the inventory.
 */
export interface ReferenceKind {
  readonly reference: true;
  readonly kind: string;
  readonly uid: UidBuilder;
}

/** `referenceKind('aws_iam_service_principal', (service) => `aws:service:${service}`)`. */
export function referenceKind(kind: string, uid: UidBuilder): ReferenceKind {
  return { reference: true, kind, uid };
}

/** What an edge names as its target: a registered kind's Manager, or a reference kind. */
export type EdgeTargetDeclaration = ManagerClass | ReferenceKind;

export function isReferenceKind(target: EdgeTargetDeclaration): target is ReferenceKind {
  return (target as Partial<ReferenceKind>).reference === true;
}

/** Target ids found in an item: one, a list, or none. */
export type TargetIds = string | undefined | readonly (string | undefined)[];

/** An edge as data: its type, the Manager of the kind it points at, and the target ids found in the item. */
export interface Relationship<Item> {
  readonly type: string;
  readonly target: EdgeTargetDeclaration;
  readonly ids: (item: Item) => TargetIds;
}

/** `edge('attached_to', InstancesManager, (volume: Volume) => volume.Attachments?.map((a) => a.InstanceId))`. */
export function edge<Item>(
  type: string,
  target: EdgeTargetDeclaration,
  ids: (item: Item) => TargetIds,
): Relationship<Item> {
  return { type, target, ids };
}

/** What an edge needs of its target: the kind and the uid by id, both taken from the target's own Manager. */
export interface EdgeTarget {
  readonly kind: string;
  readonly uid: UidBuilder;
}

const targets = new WeakMap<ManagerClass, EdgeTarget>();

/**
 * The kind and uid builder of an edge's target, read from one instance of its Manager, so that an edge's kind and
 * uid can never disagree with the target's. A target whose uid needs the whole item (a trail's ARN from the item)
 * cannot be reached by id, and is refused.
 */
export function edgeTargetOf(target: EdgeTargetDeclaration): EdgeTarget {
  if (isReferenceKind(target)) return target;
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
