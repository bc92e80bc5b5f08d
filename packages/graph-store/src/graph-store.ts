/** The one interface of the graph store; the SQLite and Neo4j adapters both implement it. */
import type { SearchPage, SearchQuery } from './search/search-query.js';

export interface ResourceRecord {
  uid: string;
  id: string;
  kind: string;
  name: string;
  tags: Record<string, string>;
  createdAt?: string;
  updatedAt?: string;
  cloud: string;
  account: string;
  region: string;
  /** Such as `EC2`: the kind's group (a task's service is `ec2`). */
  serviceGroup: string;
  type?: string;
  data: Record<string, unknown>;
  /**
   * Paths into data of values that change without the resource changing (a trail's latest delivery time): dot-separated
   * keys of nested objects (`Status.LatestDeliveryTime`) or a top-level key. They are stored and shown with data,
   * and kept up to date, but change detection ignores them: a write that changes only them is unchanged.
   */
  volatileFields?: string[];
}

/**
 * Edges are keyed by (from, type, to) and may name a target that arrives later, or never. An edge is "connected"
 * while both ends exist; only connected edges show in neighbours, related conditions and countEdges. The others are
 * dangling: kept, and connected as soon as the missing end is written (without the edge being written again).
 * A dangling edge belongs to its `from` scope like any edge: cleanup deletes it when a complete scope's sync did not
 * write it, counting it in deletedEdges, and it goes with a deleted resource it touches unless this sync wrote it.
 * toKind: the latest given; a write without one keeps the one known.
 */
export interface EdgeRecord {
  from: string;
  type: string;
  to: string;
  toKind?: string;
}

export interface StoredResource extends ResourceRecord {
  firstSeen: string;
  lastSeen: string;
  lastSyncId: string;
  /** Set while the resource's scope has left the configuration: when a sync first found it so (see markOrphaned). */
  orphanedSince?: string;
}

/**
 * The unit of cleanup: cloud x account x region x kind (serviceGroup names the kind's group). A resource is in a scope
 * when all five fields match; an edge belongs to the scope of its `from` resource.
 */
export interface ScopeKey {
  cloud: string;
  account: string;
  region: string;
  serviceGroup: string;
  kind: string;
}

export type ChangeKind = 'created' | 'updated' | 'deleted';

export interface ChangeRecord {
  syncId: string;
  uid: string;
  kind: string;
  name: string;
  cloud: string;
  account: string;
  region: string;
  change: ChangeKind;
  at: string;
  /**
   * For updates only: the changed fields, sorted: "name", "type", "created_at", "tags.<key>", "data.<top-level key>"
   * (see changedFields in change-detection.ts, shared by every adapter).
   */
  changedFields?: string[];
}

export interface WriteResult {
  created: number;
  updated: number;
  unchanged: number;
  /** One record per created or updated resource. */
  changes: ChangeRecord[];
}

export interface ResourceBatch {
  resources: ResourceRecord[];
  edges: EdgeRecord[];
}

export interface FinishSyncResult {
  deleted: number;
  /** Edges deleted, connected or dangling: not seen again in a complete scope, or touching a deleted resource. */
  deletedEdges: number;
  changes: ChangeRecord[];
  /**
   * Edges last written by this sync whose target (or source) does not exist at the end of it, in (from, type, to)
   * order (as UTF-8 bytes); they stay, and connect when the missing end arrives.
   */
  danglingEdges: EdgeRecord[];
}

/** What a change record says of its resource: the fields a deletion reads from the stored resource. */
export type ChangeSubject = Pick<ChangeRecord, 'uid' | 'kind' | 'name' | 'cloud' | 'account' | 'region'>;

export type PropertyOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'exists' | 'contains';

export interface PropertyCondition {
  /** A core field (id, name, type, created_at, updated_at) or a top-level key of data matching [A-Za-z_][A-Za-z0-9_]*. */
  property: string;
  op: PropertyOperator;
  /**
   * Required for every operator but `exists`. lt/lte/gt/gte match only stored values of the value's type (numbers
   * with numbers, strings with strings); a boolean compares with eq/ne only; `contains` takes a string
   * (case-sensitive substring); `ne` matches present values that differ; a missing or null property matches no
   * operator (not even `ne`).
   */
  value?: string | number | boolean;
}

/** One hop of a related path: along edges of a direction (optionally of some types) to resources of some kinds. */
export interface RelatedStep {
  direction: 'out' | 'in';
  /** Any of these edge types; absent or empty: any type. */
  edgeTypes?: string[];
  /** Reaching resources of any of these kinds; absent or empty: any kind. */
  kinds?: string[];
}

/**
 * Keeps the resources from which a path of edges leads (1 to FILTER_LIMITS.relatedSteps hops) to a resource meeting
 * `properties`, or, with `absent`, those from which no such path leads. Only edges whose two ends are stored count.
 */
export interface RelatedCondition {
  path: RelatedStep[];
  absent?: boolean;
  /** Conditions on the resource the path reaches (its last step). */
  properties?: PropertyCondition[];
}

/** Values inside one field are alternatives (OR); fields combine with AND. */
export interface ResourceFilter {
  uids?: string[];
  kinds?: string[];
  clouds?: string[];
  accounts?: string[];
  regions?: string[];
  serviceGroups?: string[];
  /** Each must hold; a missing value means "has the tag". Keys and values are arbitrary strings. */
  tags?: { key: string; value?: string }[];
  properties?: PropertyCondition[];
  /** true: only orphaned resources; false: only resources that are not orphaned; absent: both. */
  orphaned?: boolean;
  /** ISO-8601: only resources orphaned since before this time (exclusive). */
  orphanedBefore?: string;
  /** Each must hold: paths to (or, absent, no path to) related resources. */
  related?: RelatedCondition[];
}

/** What deleteResources removed; every deleted resource has its `deleted` change record. */
export interface DeletionResult {
  deleted: number;
  deletedEdges: number;
  changes: ChangeRecord[];
}

export interface PageRequest {
  /** 1 to 1000, default 100. */
  limit?: number;
  /** Opaque; from the previous page's nextPageToken. */
  pageToken?: string;
}

export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

export type Direction = 'out' | 'in' | 'both';

/** Resources reachable from a start within `depth` hops (the start itself excluded), and the edges on the way. */
export interface NeighborQuery {
  /** 'out' (default) follows from -> to, 'in' to -> from, 'both' either way. */
  direction?: Direction;
  /** Edge types followed (all when absent). */
  edgeTypes?: string[];
  /** 1 (default) to 5. */
  depth?: number;
  /**
   * The most resources returned, 1 to 1000 (default 100): nearer hops first, by uid within a hop. The edges are
   * those among the start and the returned resources, at most 4 x limit (NEIGHBOR_LIMITS).
   */
  limit?: number;
}

export interface Neighborhood {
  resources: StoredResource[];
  edges: EdgeRecord[];
  /** True when the limit left out resources or edges that the query reaches. */
  truncated: boolean;
}

/** Which connected edges countEdges counts; both parts combine with AND. */
export interface EdgeCountFilter {
  types?: string[];
  /** Only edges whose source resource (the `from` end, whose scope the edge belongs to) matches. */
  from?: ResourceFilter;
}

/** A grouping field: a core field (kind, cloud, account, region, service_group, type), "tag:<key>" or "data.<key>". */
export type GroupField = string;

/** Rows hold the group values as strings (null when missing); sum/min/max ignore non-numeric values. */
export interface AggregateQuery {
  filter?: ResourceFilter;
  groupBy: GroupField[];
  value?: { op: 'count' } | { op: 'sum' | 'min' | 'max'; property: string };
}

export interface AggregateRow {
  group: Record<string, string | null>;
  value: number;
}

/** Changes come back in the order they were recorded. */
export interface ChangeQuery {
  syncId?: string;
  kinds?: string[];
  changes?: ChangeKind[];
  /** ISO-8601, inclusive. */
  since?: string;
  /** ISO-8601, exclusive. */
  until?: string;
}

export type JobState = 'PENDING' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE' | 'CANCELED' | 'ABORTED';

export interface ResourceCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
}

export interface SyncTaskRecord {
  id: string;
  account: string;
  type: string;
  service: string;
  region: string;
  state: JobState;
  counts: ResourceCounts;
  error?: string;
  startedAt?: string;
  finishedAt?: string;
}

/** What a sync was asked for, kept with its job so that another inventory can run a job it did not create. */
export interface SyncJobRequest {
  /** As asked (names or ids); empty: every configured account. */
  accounts: string[];
  services: string[];
  regions: string[];
}

export interface SyncJobRecord {
  id: string;
  state: JobState;
  trigger: string;
  accounts: string[];
  request?: SyncJobRequest;
  /** The inventory process that ran the job (hostname, pid, a random part), and the lease token it held. */
  holder?: string;
  leaseToken?: number;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  counts: ResourceCounts;
  error?: string;
  tasks: SyncTaskRecord[];
}

/** Jobs come back newest first (createdAt, then id, descending). */
export interface JobQuery {
  states?: JobState[];
  account?: string;
}

/**
 * A record of something that happened beside the syncs (an action planned or taken, an automation run), kept in a
 * named stream. Saving an id again in the same stream replaces the record.
 */
export interface EventRecord {
  stream: string;
  id: string;
  /** What the record is about (a policy or job name); listEvents can filter on it. */
  subject: string;
  /** ISO-8601. */
  at: string;
  body: Record<string, unknown>;
}

/** Events come back newest first (at, then id, descending). */
export interface EventQuery {
  stream: string;
  subject?: string;
}

/**
 * A named lease: at most one live holder at a time, judged by the store's clock. `token` is the fencing token: it
 * grows by one every time the lease changes hands (never when its holder renews it).
 */
export interface Lease {
  name: string;
  holder: string;
  token: number;
  /** ISO-8601, by the store's clock. */
  expiresAt: string;
}

export interface LeaseRequest {
  name: string;
  holder: string;
  /** 1 to LEASE_LIMITS.maxTtlMs. */
  ttlMs: number;
}

/**
 * A write's proof that its writer holds a lease: the write is rejected with LeaseLostError (and nothing of it is
 * written) unless `token` is still the lease's current token. Writes that delete or finish a job take the lease's
 * lock in their transaction, so that no takeover commits between the check and their commit.
 */
export interface LeaseFence {
  lease: string;
  token: number;
}

export interface GraphStore {
  /** Creates the schema (constraints, indexes, tables) if missing. Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /**
   * Moves what was written into the store's own files where that is a step of its own (SQLite: the WAL into the .db
   * file, truncating the WAL), so that a copy of those files holds everything. Called when a sync has ended, after
   * its job record; never waits for a reader. Nothing to do on Neo4j, which checkpoints by itself.
   */
  checkpoint(): Promise<void>;

  /** Upserts resources seen by a sync, classifying each as created, updated or unchanged. */
  writeResources(syncId: string, resources: ResourceRecord[], fence?: LeaseFence): Promise<WriteResult>;
  /** Upserts edges seen by a sync; their targets may arrive later in the same sync. */
  writeEdges(syncId: string, edges: EdgeRecord[], fence?: LeaseFence): Promise<void>;
  /**
   * Upserts a collector's batch: its resources as writeResources does, then its edges as writeEdges does (an edge
   * between two resources of the batch is connected). The whole batch is validated before anything is written, and
   * written in one transaction (on Neo4j, when neither part is over the store's batch size), so a sync's batch costs
   * one commit, not two.
   *
   * Every write that belongs to a job (the upserts, finishSync, the orphan marks, deleteResources, saveJob) takes an
   * optional LeaseFence as its last argument; without one it is not fenced.
   */
  writeBatch(syncId: string, batch: ResourceBatch, fence?: LeaseFence): Promise<WriteResult>;
  /**
   * Ends a sync: from exactly the complete scopes, removes the resources and edges (connected or dangling) this sync
   * did not see, in bounded batches, and reports the edges it wrote that are left dangling. Other scopes are
   * untouched.
   */
  finishSync(syncId: string, completeScopes: ScopeKey[], fence?: LeaseFence): Promise<FinishSyncResult>;

  /**
   * Marks the resources of the scopes orphaned (their scope left the configuration) since `at`; resources already
   * marked keep their first time. Writing a resource again does not clear the mark: unmarkOrphaned does. Returns how
   * many resources were newly marked.
   */
  markOrphaned(scopes: ScopeKey[], at: string, fence?: LeaseFence): Promise<number>;
  /** Clears the orphaned mark of the resources of the scopes; returns how many were cleared. */
  unmarkOrphaned(scopes: ScopeKey[], fence?: LeaseFence): Promise<number>;
  /**
   * Deletes every resource the filter matches with every edge touching it, in bounded batches, each recorded as a
   * `deleted` change under `syncId`. The filter must name at least one account: nothing wipes the whole store.
   */
  deleteResources(syncId: string, filter: ResourceFilter, fence?: LeaseFence): Promise<DeletionResult>;

  getResource(uid: string): Promise<StoredResource | undefined>;
  /** Ordered by uid; pages are stable (keyset), so a resource never shows twice across pages. */
  listResources(filter: ResourceFilter, page?: PageRequest): Promise<Page<StoredResource>>;
  /** Throws StoreNotFoundError when the start does not exist. */
  neighbors(uid: string, query?: NeighborQuery): Promise<Neighborhood>;
  aggregate(query: AggregateQuery): Promise<AggregateRow[]>;
  /** Connected edges only: a dangling edge counts nowhere but in FinishSyncResult. */
  countEdges(filter?: EdgeCountFilter): Promise<number>;
  listChanges(query: ChangeQuery, page?: PageRequest): Promise<Page<ChangeRecord>>;
  /**
   * Answers a resolved search (resolveSearch: kinds only, absolute times, no `age`), one page at a time; the same
   * answer from every store. Throws InvalidStoreArgumentError (`query.…` field) for a query over SEARCH_LIMITS or
   * unresolved, StoreLimitError when running it goes over one.
   */
  search(query: SearchQuery, page?: PageRequest): Promise<SearchPage>;

  saveJob(job: SyncJobRecord, fence?: LeaseFence): Promise<void>;
  getJob(id: string): Promise<SyncJobRecord | undefined>;
  listJobs(query: JobQuery, page?: PageRequest): Promise<Page<SyncJobRecord>>;

  /**
   * Takes the lease when it is free or expired (the token grows by one), renews it when `holder` holds it (same
   * token, a later expiry; also after it expired, when nobody took it since), and returns undefined while another
   * holder's lease is live. Expiry is judged by the store's clock, never the caller's.
   */
  acquireLease(request: LeaseRequest): Promise<Lease | undefined>;
  /** Frees the lease if `holder` still holds it with `token` (the token stays, for the next holder to pass). */
  releaseLease(name: string, holder: string, token: number): Promise<boolean>;

  saveEvents(events: EventRecord[]): Promise<void>;
  listEvents(query: EventQuery, page?: PageRequest): Promise<Page<EventRecord>>;
}
