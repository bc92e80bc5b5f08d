import type { SimSize } from '../options.js';
import type { ScopeContext } from '../world/scope-context.js';
import type { ResourceScope } from '../world/sim-state.js';
import type { SimWorld } from '../world/sim-world.js';
import type { Ec2DescribeDeclaration } from './ec2-describe.js';

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
  /** Items per account x region for each size preset. */
  counts: Readonly<Record<SimSize, number>>;
  /** Item `index` of a scope: cheap and deterministic, derived from hashes of the index. */
  generate(ctx: ScopeContext, index: number): R;
  /** Record fields that are the simulator's own bookkeeping, not members of AWS's shape (never answered). */
  ownFields?: readonly (keyof R & string)[];
  /**
   * Whether a record is a current resource as AWS users see it; records that are not (automated snapshots, deleted
   * stacks) are listed where AWS lists them, and left out by collectors. Default: every record is current.
   */
  current?(record: R): boolean;
  /** Names unique across all accounts and regions (S3 buckets), not only within a scope. */
  globallyUnique?: boolean;
  /** Completes a record added through the state API from its scope (a trail's HomeRegion and ARN). */
  added?(record: R, fields: Partial<R>, scope: ResourceScope): void;
  /** What removing an item does to others (a terminated instance's volumes and addresses). */
  removed?(record: R, scope: ResourceScope, world: SimWorld): void;
  /** How EC2 lists the kind (Describe*). */
  describe?: Ec2DescribeDeclaration<R>;
}

/** A part of a resource with an id of its own but no kind (a reservation, a network interface). */
export interface IdPart {
  name: string;
  prefix: string;
}
