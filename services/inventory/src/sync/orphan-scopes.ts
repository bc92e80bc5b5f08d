import type { ScopeKey } from '@cloud-inventory/graph-store';
import type { Task__Output } from '@cloud-inventory/protocol';

/** A plan (Job.GetTasks) of an account that asked for its whole configuration: every region and service it syncs. */
export interface FullPlan {
  accountId: string;
  tasks: Task__Output[];
}

export interface OrphanInputs {
  /** Every scope that holds resources in the store. */
  storedScopes: ScopeKey[];
  /** The stored scopes that hold orphaned resources. */
  orphanedScopes: ScopeKey[];
  /** The clouds of the configured accounts ("aws"). */
  configuredClouds: ReadonlySet<string>;
  /** Every configured account's id, or undefined while one of them is not known. */
  configuredAccountIds: ReadonlySet<string> | undefined;
  /** This job's plans that covered their account's whole configuration (no region or service filter). */
  fullPlans: FullPlan[];
  /** The scopes this job collected completely. */
  completeScopes: ScopeKey[];
}

export interface OrphanDecision {
  /** Scopes shown to be outside the configuration now: mark them, and delete what was marked long enough ago. */
  orphaned: ScopeKey[];
  /** Orphaned scopes shown to be configured again, or collected again: clear their mark. */
  unorphaned: ScopeKey[];
}

const globalRegion = 'global';

/** The (kind, region) pairs a full plan collects; a global task's kinds count in every region (S3 buckets live in theirs). */
class PlannedScopes {
  private readonly kindsEverywhere = new Set<string>();
  private readonly regionsByKind = new Map<string, Set<string>>();
  /** False when a task names no kinds (the collector then picks them): nothing of the account is shown outside. */
  readonly isProof: boolean;

  constructor(plan: FullPlan) {
    let isProof = true;
    for (const task of plan.tasks) {
      if (task.type === 'CLOUD_SERVICE_TYPE') continue;
      if (task.kinds.length === 0) isProof = false;
      for (const kind of task.kinds) {
        if (task.region === globalRegion || task.scope_regions.length > 0) this.kindsEverywhere.add(kind);
        const regions = this.regionsByKind.get(kind) ?? new Set<string>();
        regions.add(task.region);
        this.regionsByKind.set(kind, regions);
      }
    }
    this.isProof = isProof;
  }

  covers(scope: ScopeKey): boolean {
    return this.kindsEverywhere.has(scope.kind) || (this.regionsByKind.get(scope.kind)?.has(scope.region) ?? false);
  }
}

/**
 * Which scopes have left the configuration. Only proof counts: an account is unconfigured when every configured
 * account's id is known and none is its own; a region or kind is unconfigured when this job planned the account's
 * whole configuration and the plan does not collect it. A scope this job collected is never orphaned; an account
 * whose planning failed, or that a partial sync narrowed, proves nothing.
 */
export function decideOrphanScopes(inputs: OrphanInputs): OrphanDecision {
  const collected = new Set(inputs.completeScopes.map(scopeKeyOf));
  const plans = new Map(inputs.fullPlans.map((plan) => [plan.accountId, new PlannedScopes(plan)]));
  const isOutside = (scope: ScopeKey): boolean => {
    if (collected.has(scopeKeyOf(scope)) || !inputs.configuredClouds.has(scope.cloud)) return false;
    if (inputs.configuredAccountIds !== undefined && !inputs.configuredAccountIds.has(scope.account)) return true;
    const planned = plans.get(scope.account);
    return planned !== undefined && planned.isProof && !planned.covers(scope);
  };
  const isInside = (scope: ScopeKey): boolean =>
    collected.has(scopeKeyOf(scope)) ||
    (inputs.configuredClouds.has(scope.cloud) && (plans.get(scope.account)?.covers(scope) ?? false));
  return {
    orphaned: inputs.storedScopes.filter(isOutside),
    unorphaned: inputs.orphanedScopes.filter((scope) => !isOutside(scope) && isInside(scope)),
  };
}

export function scopeKeyOf(scope: ScopeKey): string {
  return JSON.stringify([scope.cloud, scope.account, scope.region, scope.serviceGroup, scope.kind]);
}
