import { randomUUID } from 'node:crypto';
import type { GraphStore, ResourceFilter } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { AccountConfig } from '../config/inventory-config.js';
import { ConfiguredScopePurgeError } from '../errors.js';
import type { AccountIdentities } from './account-identities.js';

export interface PurgeRequest {
  /** Account ids (or configured names); at least one. */
  accounts: string[];
  /** Only these regions; empty: every region. */
  regions: string[];
  /** Only these service groups (such as "EC2"); empty: every service group. */
  serviceGroups: string[];
  /** Count what would be removed, remove nothing. */
  dryRun: boolean;
  /** Also purge configured scopes, and resources not (yet) marked orphaned. */
  force: boolean;
}

export interface PurgeScopeCount {
  account: string;
  region: string;
  kind: string;
  count: number;
}

export interface PurgeOutcome {
  /** The change records' sync id; absent for a dry run. */
  purgeId?: string;
  dryRun: boolean;
  /** Resources in the selection, and how many of them are orphaned. */
  matched: number;
  orphaned: number;
  /** Removed (a dry run: would be removed): the orphaned ones, or with force all of the selection. */
  deleted: number;
  deletedEdges: number;
  scopes: PurgeScopeCount[];
}

export interface ResourcePurgeDeps {
  store: GraphStore;
  identities: AccountIdentities;
  logger: Logger;
}

/**
 * Removes resources at once instead of waiting for the retention: the orphaned ones of the selection, or with force
 * every one of it. Without force, a selection the configuration still syncs is refused: the next sync would only
 * collect it again, and a mistyped account must not empty a live one. A purge is not a sync: its deletions are in the
 * change log under its own id, but no sync events announce them (automations run on a sync's end, which never comes).
 */
export class ResourcePurge {
  constructor(private readonly deps: ResourcePurgeDeps) {}

  async purge(request: PurgeRequest): Promise<PurgeOutcome> {
    if (!request.force) this.refuseConfigured(request);
    const selection: ResourceFilter = {
      accounts: request.accounts.map((account) => this.deps.identities.idOfName(account) ?? account),
      ...(request.regions.length > 0 ? { regions: request.regions } : {}),
      ...(request.serviceGroups.length > 0 ? { serviceGroups: request.serviceGroups } : {}),
    };
    const target: ResourceFilter = request.force ? selection : { ...selection, orphaned: true };
    const [matched, orphaned, scopes] = await Promise.all([
      this.count(selection),
      this.count({ ...selection, orphaned: true }),
      this.scopesOf(target),
    ]);
    const counted = { dryRun: request.dryRun, matched, orphaned, scopes };
    const wouldDelete = scopes.reduce((sum, scope) => sum + scope.count, 0);
    if (request.dryRun) return { ...counted, deleted: wouldDelete, deletedEdges: 0 };

    const purgeId = `purge-${randomUUID()}`;
    const result = await this.deps.store.deleteResources(purgeId, target);
    this.deps.logger.warn(
      {
        purgeId,
        accounts: request.accounts,
        regions: request.regions,
        serviceGroups: request.serviceGroups,
        force: request.force,
        deleted: result.deleted,
      },
      'resources purged',
    );
    return { ...counted, purgeId, deleted: result.deleted, deletedEdges: result.deletedEdges };
  }

  private refuseConfigured(request: PurgeRequest): void {
    for (const selected of request.accounts) {
      for (const found of this.deps.identities.configuredAccountsFor(selected))
        this.refuseIfSynced(request, selected, found);
    }
  }

  private refuseIfSynced(
    request: PurgeRequest,
    selected: string,
    { account, isIdKnown }: { account: AccountConfig; isIdKnown: boolean },
  ): void {
    if (!isIdKnown) {
      throw new ConfiguredScopePurgeError(
        `account ${selected}`,
        account.name,
        `it may be the configured account "${account.name}", whose id is not known until it is synced`,
      );
    }
    // Only a region that the account no longer syncs has left its configuration; "global" never does.
    const isRegionGone =
      request.regions.length > 0 &&
      account.regions.length > 0 &&
      request.regions.every((region) => region !== 'global' && !account.regions.includes(region));
    if (!isRegionGone) {
      throw new ConfiguredScopePurgeError(
        request.regions.length > 0 ? `account ${selected} in ${request.regions.join(', ')}` : `account ${selected}`,
        account.name,
        `the configured account "${account.name}" still syncs it`,
      );
    }
  }

  private async count(filter: ResourceFilter): Promise<number> {
    const [row] = await this.deps.store.aggregate({ filter, groupBy: [], value: { op: 'count' } });
    return row?.value ?? 0;
  }

  private async scopesOf(filter: ResourceFilter): Promise<PurgeScopeCount[]> {
    const rows = await this.deps.store.aggregate({ filter, groupBy: ['account', 'region', 'kind'] });
    return rows
      .map(({ group, value }) => ({
        account: group['account'] ?? '',
        region: group['region'] ?? '',
        kind: group['kind'] ?? '',
        count: value,
      }))
      .sort((a, b) => [a.account, a.region, a.kind].join('\0').localeCompare([b.account, b.region, b.kind].join('\0')));
  }
}
