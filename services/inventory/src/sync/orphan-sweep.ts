import type { GraphStore, ResourceFilter, ScopeKey } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { Task__Output } from '@cloud-inventory/protocol';
import type { AccountConfig, InventoryConfig, RetentionConfig } from '../config/inventory-config.js';
import type { EventBus } from '../events/event-bus.js';
import type { AccountIdentities } from './account-identities.js';
import type { AccountSyncOutcome } from './account-sync.js';
import { decideOrphanScopes, scopeKeyOf, type FullPlan, type OrphanInputs } from './orphan-scopes.js';

export interface OrphanSweepContext {
  jobId: string;
  store: GraphStore;
  events: EventBus;
  retention: RetentionConfig;
  now: Date;
  log: Logger;
}

export interface OrphanSweepResult {
  /** Scopes found outside the configuration. */
  orphanedScopes: number;
  marked: number;
  unmarked: number;
  deleted: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const scopeFields = ['cloud', 'account', 'region', 'service_group', 'kind'];

/**
 * The end of a job, after cleanup: marks what left the configuration, clears the mark of what is configured (or
 * collected) again, and deletes what has been orphaned longer than the retention, in the scopes shown orphaned now.
 */
export async function sweepOrphans(
  context: OrphanSweepContext,
  inputs: Omit<OrphanInputs, 'storedScopes' | 'orphanedScopes'>,
): Promise<OrphanSweepResult> {
  const { store, now } = context;
  const cutoff = new Date(now.getTime() - context.retention.orphanedAfterDays * dayMs).toISOString();
  const [storedScopes, orphanedScopes, expiredScopes] = await Promise.all([
    scopesOf(store, {}),
    scopesOf(store, { orphaned: true }),
    scopesOf(store, { orphanedBefore: cutoff }),
  ]);
  const decision = decideOrphanScopes({ ...inputs, storedScopes, orphanedScopes });
  const unmarked = decision.unorphaned.length > 0 ? await store.unmarkOrphaned(decision.unorphaned) : 0;
  const marked = decision.orphaned.length > 0 ? await store.markOrphaned(decision.orphaned, now.toISOString()) : 0;
  const stillOrphaned = new Set(decision.orphaned.map(scopeKeyOf));
  let deleted = 0;
  for (const scope of expiredScopes.filter((expired) => stillOrphaned.has(scopeKeyOf(expired)))) {
    const result = await store.deleteResources(context.jobId, { ...filterOf(scope), orphanedBefore: cutoff });
    deleted += result.deleted;
    for (const change of result.changes) context.events.emit('resource.deleted', { jobId: context.jobId, change });
  }
  const result = { orphanedScopes: decision.orphaned.length, marked, unmarked, deleted };
  if (marked > 0 || deleted > 0) {
    context.log.warn(
      { ...result, example: decision.orphaned[0], orphanedAfterDays: context.retention.orphanedAfterDays },
      'resources whose scope left the configuration are orphaned',
    );
  } else {
    context.log.info(result, 'orphaned resources checked');
  }
  return result;
}

/** What a job shows about the configuration: only plans of a request narrowed to no region or service are full. */
export function orphanInputsOf(job: {
  config: InventoryConfig;
  identities: AccountIdentities;
  /** The job's accounts, in the order of their outcomes. */
  accounts: readonly AccountConfig[];
  outcomes: AccountSyncOutcome[];
  request: { regions?: string[]; services?: string[] };
}): Omit<OrphanInputs, 'storedScopes' | 'orphanedScopes'> {
  const isNarrowed = Boolean(job.request.regions?.length || job.request.services?.length);
  return {
    configuredClouds: new Set(job.config.accounts.map((account) => account.provider)),
    configuredAccountIds: job.identities.configuredIds(),
    fullPlans: isNarrowed ? [] : fullPlansOf(job),
    completeScopes: job.outcomes.flatMap((outcome) => outcome.completeScopes),
  };
}

/**
 * One plan per AWS account, the union of its configured entries' plans. An account configured more than once (other
 * regions or services, another collector) is fully planned only when every entry that is, or may be, that account
 * planned in this job: one entry's plan says nothing of the regions another entry syncs.
 */
function fullPlansOf(job: {
  config: InventoryConfig;
  identities: AccountIdentities;
  accounts: readonly AccountConfig[];
  outcomes: AccountSyncOutcome[];
}): FullPlan[] {
  const planned = new Map<string, { tasks: Task__Output[]; names: Set<string> }>();
  job.outcomes.forEach((outcome, index) => {
    const name = job.accounts[index]?.name;
    if (outcome.plan === undefined || name === undefined) return;
    const entry = planned.get(outcome.plan.accountId) ?? { tasks: [], names: new Set<string>() };
    entry.tasks.push(...outcome.plan.tasks);
    entry.names.add(name);
    planned.set(outcome.plan.accountId, entry);
  });
  return [...planned].flatMap(([accountId, entry]) => {
    const entries = job.config.accounts.filter((account) => {
      const id = job.identities.idOf(account);
      return id === undefined || id === accountId;
    });
    return entries.every((account) => entry.names.has(account.name)) ? [{ accountId, tasks: entry.tasks }] : [];
  });
}

async function scopesOf(store: GraphStore, filter: ResourceFilter): Promise<ScopeKey[]> {
  const rows = await store.aggregate({ filter, groupBy: scopeFields, value: { op: 'count' } });
  return rows.map(({ group }) => ({
    cloud: group['cloud'] ?? '',
    account: group['account'] ?? '',
    region: group['region'] ?? '',
    serviceGroup: group['service_group'] ?? '',
    kind: group['kind'] ?? '',
  }));
}

export function filterOf(scope: ScopeKey): ResourceFilter {
  return {
    clouds: [scope.cloud],
    accounts: [scope.account],
    regions: [scope.region],
    serviceGroups: [scope.serviceGroup],
    kinds: [scope.kind],
  };
}
