import type { SearchPage, SearchQuery } from '../search/search-query.js';
import neo4j, { type Driver } from 'neo4j-driver';
import { InvalidStoreArgumentError } from '../errors.js';
import type {
  AggregateQuery,
  AggregateRow,
  ChangeQuery,
  ChangeRecord,
  DeletionResult,
  EdgeCountFilter,
  EdgeRecord,
  EventQuery,
  EventRecord,
  FinishSyncResult,
  GraphStore,
  JobQuery,
  Lease,
  LeaseFence,
  LeaseRequest,
  Neighborhood,
  NeighborQuery,
  Page,
  PageRequest,
  ResourceBatch,
  ResourceFilter,
  ResourceRecord,
  ScopeKey,
  StoredResource,
  SyncJobRecord,
  WriteResult,
} from '../graph-store.js';
import { validateFence } from '../lease-validation.js';
import { listChanges } from './change-log.js';
import { finishSync } from './finish-sync.js';
import { getJob, listJobs, saveJob } from './job-records.js';
import { acquireLease, checkFence, releaseLease } from './leases.js';
import { silentLogger, type StoreLogger } from '../logger.js';
import { DEFAULT_BATCH_SIZE, type Neo4jStoreConfig } from './neo4j-config.js';
import { Neo4jSessions, toStoreError } from './neo4j-session.js';
import { neighbors } from './neighbor-query.js';
import { deleteResources, markOrphaned, unmarkOrphaned } from './orphans.js';
import { aggregate, countEdges, getResource, listResources } from './resource-queries.js';
import { createSchema } from './schema.js';
import { search } from './search-run.js';
import type { StoreContext } from './store-context.js';
import { writeBatch } from './write-batch.js';
import { writeEdges } from './write-edges.js';
import { writeResources } from './write-resources.js';
import { isFinishedState } from './job-states.js';
import { listEvents, saveEvents } from './event-records.js';

/** The graph store on Neo4j 5 (neo4j-driver, Bolt). Resources are `:Resource` nodes also labelled by their kind. */
export class Neo4jGraphStore implements GraphStore {
  private readonly driver: Driver;
  private readonly context: StoreContext;

  constructor(config: Neo4jStoreConfig, logger: StoreLogger = silentLogger) {
    const batchSize = positiveInteger(config.batchSize ?? DEFAULT_BATCH_SIZE, 'config.batchSize');
    const cleanupBatchSize = positiveInteger(config.cleanupBatchSize ?? batchSize, 'config.cleanupBatchSize');
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
    });
    this.context = {
      sessions: new Neo4jSessions(this.driver, config.database),
      batchSize,
      cleanupBatchSize,
      logger,
    };
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity();
    } catch (error) {
      throw toStoreError(error);
    }
    await createSchema(this.context.sessions);
    this.context.logger.info({ batchSize: this.context.batchSize }, 'neo4j graph store ready');
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** Neo4j checkpoints its own transaction log into the store files: nothing to do. */
  async checkpoint(): Promise<void> {}

  writeResources(syncId: string, resources: ResourceRecord[], fence?: LeaseFence): Promise<WriteResult> {
    return writeResources(this.fenced(fence, 'check'), syncId, resources);
  }

  writeEdges(syncId: string, edges: EdgeRecord[], fence?: LeaseFence): Promise<void> {
    return writeEdges(this.fenced(fence, 'check'), syncId, edges);
  }

  writeBatch(syncId: string, batch: ResourceBatch, fence?: LeaseFence): Promise<WriteResult> {
    return writeBatch(this.fenced(fence, 'check'), syncId, batch);
  }

  finishSync(syncId: string, completeScopes: ScopeKey[], fence?: LeaseFence): Promise<FinishSyncResult> {
    return finishSync(this.fenced(fence, 'lock'), syncId, completeScopes);
  }

  markOrphaned(scopes: ScopeKey[], at: string, fence?: LeaseFence): Promise<number> {
    return markOrphaned(this.fenced(fence, 'check'), scopes, at);
  }

  unmarkOrphaned(scopes: ScopeKey[], fence?: LeaseFence): Promise<number> {
    return unmarkOrphaned(this.fenced(fence, 'check'), scopes);
  }

  deleteResources(syncId: string, filter: ResourceFilter, fence?: LeaseFence): Promise<DeletionResult> {
    return deleteResources(this.fenced(fence, 'lock'), syncId, filter);
  }

  getResource(uid: string): Promise<StoredResource | undefined> {
    return getResource(this.context, uid);
  }

  listResources(filter: ResourceFilter, page?: PageRequest): Promise<Page<StoredResource>> {
    return listResources(this.context, filter, page);
  }

  neighbors(uid: string, query?: NeighborQuery): Promise<Neighborhood> {
    return neighbors(this.context, uid, query);
  }

  aggregate(query: AggregateQuery): Promise<AggregateRow[]> {
    return aggregate(this.context, query);
  }

  countEdges(filter?: EdgeCountFilter): Promise<number> {
    return countEdges(this.context, filter);
  }

  search(query: SearchQuery, page?: PageRequest): Promise<SearchPage> {
    return search(this.context, query, page);
  }

  listChanges(query: ChangeQuery, page?: PageRequest): Promise<Page<ChangeRecord>> {
    return listChanges(this.context, query, page);
  }

  saveJob(job: SyncJobRecord, fence?: LeaseFence): Promise<void> {
    // A final state is the job's result: no takeover may slip between its check and its commit.
    return saveJob(this.fenced(fence, isFinishedState(job?.state) ? 'lock' : 'check'), job);
  }

  getJob(id: string): Promise<SyncJobRecord | undefined> {
    return getJob(this.context, id);
  }

  listJobs(query: JobQuery, page?: PageRequest): Promise<Page<SyncJobRecord>> {
    return listJobs(this.context, query, page);
  }

  acquireLease(request: LeaseRequest): Promise<Lease | undefined> {
    return acquireLease(this.context, request);
  }

  releaseLease(name: string, holder: string, token: number): Promise<boolean> {
    return releaseLease(this.context, name, holder, token);
  }

  saveEvents(events: EventRecord[]): Promise<void> {
    return saveEvents(this.context, events);
  }

  listEvents(query: EventQuery, page?: PageRequest): Promise<Page<EventRecord>> {
    return listEvents(this.context, query, page);
  }

  /**
   * The context whose write transactions check the fence first (see checkFence): 'lock' for the writes that delete
   * or finish, 'check' for the upserts. Without a fence, the store's own context.
   */
  private fenced(fence: LeaseFence | undefined, mode: 'check' | 'lock'): StoreContext {
    validateFence(fence);
    if (fence === undefined) return this.context;
    const sessions = this.context.sessions.withBeforeWrite((tx) => checkFence(tx, fence, mode === 'lock'));
    return { ...this.context, sessions };
  }
}

function positiveInteger(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) throw new InvalidStoreArgumentError(field, 'must be a positive integer');
  return value;
}
