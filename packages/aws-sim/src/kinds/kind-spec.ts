import type { SimSize } from '../options.js';
import type { ScopeContext } from '../world/scope-context.js';
import type { ResourceScope } from '../world/sim-state.js';
import type { SimWorld } from '../world/sim-world.js';
import type { Ec2DescribeDeclaration } from './ec2-describe.js';
import type { SimKind } from './index.js';

/** Ids made by the scope's id codec: the prefix and 17 hex digits (`i-0...`), decodable back to the index. */
export interface PrefixedIds {
  prefix: string;
}

/** Names made from the index (buckets, trails) and parsed back to it. */
export interface NamedIds {
  nameAt(ctx: ScopeContext, index: number): string;
  /** The generated index a name stands for in this scope, if any. */
  indexOf(ctx: ScopeContext, name: string): number | undefined;
  /** The scope a generated name belongs to, to find a globally named resource without searching every scope. */
  scopeOf?(name: string): { accountId: string; region: string } | undefined;
}

/**
 * Everything the simulator knows about one kind: its record, how its items are named, generated and counted, and
 * the operation that lists it. A new kind is one of these and a line in kinds/index.ts.
 */
export interface KindSpec<K extends string, R> {
  kind: K;
  /** The record field holding the id or name. */
  idField: keyof R & string;
  ids: PrefixedIds | NamedIds;
  /** Items per account x region for each size preset (for a kind with `ownedCount`: on top of the owned ones). */
  counts: Readonly<Record<SimSize, number>>;
  /**
   * For a kind whose items are also parts of other kinds' items (the ENIs of instances and NAT gateways): how many
   * of those there are for the other kinds' counts. They come first; a preset adds its `counts` after them, and an
   * explicit count is the total, never less than this.
   */
  ownedCount?(counts: Readonly<Record<SimKind, number>>): number;
  /** Kinds this one cannot exist without (subnets need a VPC): its count is 0 when one of theirs is. */
  needs?: readonly SimKind[];
  /** Item `index` of a scope: cheap and deterministic, derived from hashes of the index. */
  generate(ctx: ScopeContext, index: number): R;
  /** Record fields that are the simulator's own bookkeeping, not members of AWS's shape (never answered). */
  ownFields?: readonly (keyof R & string)[];
  /** Names unique across all accounts and regions (S3 buckets), not only within a scope. */
  globallyUnique?: boolean;
  /**
   * Lives once per account, not per region (IAM): generated only in the account's first region, the scope its
   * service answers from; other regions hold none.
   */
  accountWide?: boolean;
  /**
   * Whether an item is a resource as AWS users count it. The API also shows gone or superseded ones (a deleted NAT
   * gateway, an INACTIVE task definition, a secret scheduled for deletion, an unattached AWS-managed policy): they are
   * served where AWS shows them, so that a collector's filter is tested for real. Default: every item.
   */
  isCurrent?(record: R): boolean;
  /** Completes a record added through the state API from its scope (a trail's HomeRegion and ARN). */
  added?(record: R, fields: Partial<R>, scope: ResourceScope): void;
  /** What removing an item does to others (a terminated instance's volumes and addresses). */
  removed?(record: R, scope: ResourceScope, world: SimWorld): void;
  /** How EC2 lists the kind (Describe*). */
  describe?: Ec2DescribeDeclaration<R>;
  /** Other Describe* calls showing a view of the same records (DescribeTransitGatewayVpcAttachments). */
  moreDescribes?: readonly Ec2DescribeDeclaration<R>[];
}

/** A part of a resource with an id of its own but no kind (a reservation, a network interface). */
export interface IdPart {
  name: string;
  prefix: string;
}
