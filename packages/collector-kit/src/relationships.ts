import { RegistryDefinitionError } from './errors.js';
import type { UidBuilder } from './mapping-helpers.js';
import type { ResourceManager } from './resource-manager.js';

/** A Manager class: what a registry line and an edge name. */
export type ManagerClass<Item = never> = new () => ResourceManager<Item>;

/**
 * A target in another account or region than the item's (a peering's accepter VPC): its id, and the account and
 * region its uid is built with where they differ. An empty or missing part stays the item's.
 */
export interface TargetRef {
  readonly id: string | undefined;
  readonly account?: string | undefined;
  readonly region?: string | undefined;
}

/** Target ids found in an item: one, a list, or none; a reference where the target lives in another scope. */
export type TargetIds = string | TargetRef | undefined | readonly (string | TargetRef | undefined)[];

/** `ref(peering.AccepterVpcInfo?.VpcId, { account: info.OwnerId, region: info.Region })`. */
export function ref(
  id: string | undefined,
  at: { account?: string | undefined; region?: string | undefined },
): TargetRef {
  return { id, account: at.account, region: at.region };
}

/** What an edge needs of its target: the kind and the uid by id, both taken from the target's own Manager. */
export interface EdgeTarget {
  readonly kind: string;
  readonly uid: UidBuilder;
}

/**
 * A kind the inventory refers to but no collector collects (an AWS service principal, a federated identity provider):
 * an edge points at it by uid alone, as a reference to something outside the inventory.
 */
export interface ReferenceKind extends EdgeTarget {
  readonly reference: true;
}

/** `referenceKind('aws_iam_service_principal', (service) => `aws:service:${service}`)`. */
export function referenceKind(kind: string, uid: UidBuilder): ReferenceKind {
  return Object.freeze({ reference: true, kind, uid });
}

export function isReferenceKind(target: EdgeTargetDeclaration): target is ReferenceKind {
  return typeof target !== 'function' && (target as Partial<ReferenceKind>).reference === true;
}

/** A kind's name and uid builder, in a module of their own: `kindIdentity('aws_ec2_instance', arnFor('ec2', 'instance/'))`. */
export function kindIdentity(kind: string, uid: UidBuilder): EdgeTarget {
  return Object.freeze({ kind, uid });
}

/**
 * What an edge points at: the target kind's Manager; where importing that Manager would close a cycle of imports (key
 * pair -> instance -> launch template -> key pair), the kind's identity that its Manager also takes its kind and uid
 * from (`kindIdentity`, the registry holds the two to agree); or a reference kind that no collector collects.
 */
export type EdgeTargetDeclaration = ManagerClass | EdgeTarget | ReferenceKind;

/** An edge as data: its type, the kind it points at, and the target ids found in the item. */
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

const targets = new WeakMap<ManagerClass, EdgeTarget>();

/**
 * The kind and uid builder of an edge's target, read from one instance of its Manager, so that an edge's kind and
 * uid can never disagree with the target's. A target whose uid needs the whole item (a trail's ARN from the item)
 * cannot be reached by id, and is refused.
 */
export function edgeTargetOf(target: EdgeTargetDeclaration): EdgeTarget {
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
